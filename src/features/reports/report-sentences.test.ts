import { describe, expect, it } from 'vitest';
import { type ReportPeriod, roughly, serviceSentences } from './report-sentences.js';

const YEAR_2021: ReportPeriod = { kind: 'year', year: 2021, from: '2021-01-01', to: '2021-12-31' };
const TZ = 'Europe/Istanbul';

describe('report sentences', () => {
  it('says how many mothers used Anne Taksi in the year', () => {
    const s = serviceSentences(
      {
        serviceId: 'anne-taksi',
        nameTr: 'Anne Taksi',
        nameEn: 'Anne Taksi',
        completed: 512,
        citizensServed: 396,
        neighbourhoods: 20,
        villages: 0,
        firstEver: '2019-03-01T08:00:00Z',
      },
      YEAR_2021,
      TZ,
    );
    expect(s.tr[0]).toBe("2021'de 396 anne Anne Taksi'yi kullandı.");
    expect(s.en[0]).toBe('396 mothers used Anne Taksi in 2021.');
    expect(s.tr[1]).toBe("Anne Taksi, 2021'de 512 kez hizmet verdi.");
    expect(s.en[1]).toBe('Anne Taksi served 512 times in 2021.');
    expect(s.tr[2]).toBe("20 mahalleden yaklaşık 400 vatandaş Anne Taksi'yi kullandı.");
    expect(s.en[2]).toBe('About 400 citizens from 20 neighbourhoods used Anne Taksi.');
  });

  it('says a service started in the period, in the month of its first ride', () => {
    const s = serviceSentences(
      {
        serviceId: 'engelsiz-taksi',
        nameTr: 'Engelsiz Taksi',
        nameEn: 'Engelsiz Taksi',
        completed: 57,
        citizensServed: 12,
        neighbourhoods: 0,
        villages: 0,
        // 1 October 00:30 in Istanbul, still 30 September in UTC.
        firstEver: '2021-09-30T21:30:00Z',
      },
      YEAR_2021,
      TZ,
    );
    expect(s.tr[1]).toBe("Engelsiz Taksi, Ekim'de başladı, 57 kez hizmet verdi.");
    expect(s.en[1]).toBe('Engelsiz Taksi, started in October, served 57 times.');
    expect(s.tr).toHaveLength(2);
  });

  it('says how many citizens from how many neighbourhoods and villages were taken to their vaccines', () => {
    const s = serviceSentences(
      {
        serviceId: 'asi-ulasim',
        nameTr: 'Aşı Ulaşım',
        nameEn: 'Vaccine Transport',
        completed: 180,
        citizensServed: 97,
        neighbourhoods: 20,
        villages: 9,
        firstEver: null,
      },
      YEAR_2021,
      TZ,
    );
    expect(s.tr[0]).toBe("2021'de 97 vatandaş Aşı Ulaşım'ı kullandı.");
    expect(s.tr[2]).toBe(
      '20 mahalle ve 9 köyden yaklaşık 100 vatandaş aşı randevularına götürüldü.',
    );
    expect(s.en[2]).toBe(
      'About 100 citizens from 20 neighbourhoods and 9 villages were taken to their vaccine appointments.',
    );
  });

  it('names a month and a custom period', () => {
    const figures = {
      serviceId: 'asi-ulasim',
      nameTr: 'Aşı Ulaşım',
      nameEn: 'Vaccine Transport',
      completed: 3,
      citizensServed: 1,
      neighbourhoods: 0,
      villages: 1,
      firstEver: null,
    };
    const month = serviceSentences(
      figures,
      { kind: 'month', year: 2023, month: 4, from: '2023-04-01', to: '2023-04-30' },
      TZ,
    );
    expect(month.tr[0]).toBe("Nisan 2023'te 1 vatandaş Aşı Ulaşım'ı kullandı.");
    expect(month.en[0]).toBe('1 citizen used Vaccine Transport in April 2023.');
    expect(month.tr[2]).toBe('1 köyden 1 vatandaş aşı randevularına götürüldü.');
    const custom = serviceSentences(
      figures,
      { kind: 'custom', from: '2021-03-01', to: '2021-04-15' },
      TZ,
    );
    expect(custom.tr[1]).toBe(
      'Aşı Ulaşım, 1 Mart 2021 – 15 Nisan 2021 arasında 3 kez hizmet verdi.',
    );
    expect(custom.en[1]).toBe(
      'Vaccine Transport served 3 times between 1 March 2021 and 15 April 2021.',
    );
  });

  it('says so when a service gave no rides', () => {
    const s = serviceSentences(
      {
        serviceId: 'x',
        nameTr: 'Okul Servisi',
        nameEn: 'School Run',
        completed: 0,
        citizensServed: 0,
        neighbourhoods: 0,
        villages: 0,
        firstEver: null,
      },
      YEAR_2021,
      TZ,
    );
    expect(s.tr).toEqual(["Okul Servisi, 2021'de hizmet vermedi."]);
    expect(s.en).toEqual(['School Run gave no rides in 2021.']);
  });

  it('rounds to two significant digits from 20 up', () => {
    expect(roughly(7)).toEqual({ value: 7, approximate: false });
    expect(roughly(97)).toEqual({ value: 100, approximate: true });
    expect(roughly(100)).toEqual({ value: 100, approximate: false });
    expect(roughly(1234)).toEqual({ value: 1200, approximate: true });
    expect(roughly(396)).toEqual({ value: 400, approximate: true });
  });
});
