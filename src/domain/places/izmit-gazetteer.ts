import type { Place, PlaceKind } from './place.js';

/*
 * Offline gazetteer of İzmit (Kocaeli) for demos, tests and simulation.
 *
 * Names are real; coordinates are approximate centroids (± a few hundred
 * metres) compiled from general knowledge, not surveyed: good enough for an
 * offline travel-time model and for tests, not for navigation. Replace a row
 * when a better coordinate is known — never change an `id`, other tables
 * (saved addresses, bookings, fixtures) refer to it.
 *
 * Rows are compact tuples to keep the file readable: [id, name, kind, lat, lng].
 */
type Row = readonly [id: string, name: string, kind: PlaceKind, lat: number, lng: number];

const MAHALLELER: readonly Row[] = [
  ['akcakoca-mah', 'Akçakoca Mahallesi', 'mahalle', 40.7665, 29.9265],
  ['alikahya-ataturk-mah', 'Alikahya Atatürk Mahallesi', 'mahalle', 40.7745, 30.0035],
  ['alikahya-cumhuriyet-mah', 'Alikahya Cumhuriyet Mahallesi', 'mahalle', 40.779, 30.013],
  ['alikahya-fatih-mah', 'Alikahya Fatih Mahallesi', 'mahalle', 40.7835, 30.005],
  ['ambarci-mah', 'Ambarcı Mahallesi', 'mahalle', 40.772, 29.918],
  ['bayraktar-mah', 'Bayraktar Mahallesi', 'mahalle', 40.775, 29.962],
  ['bekirdere-mah', 'Bekirdere Mahallesi', 'mahalle', 40.778, 29.905],
  ['cedit-mah', 'Cedit Mahallesi', 'mahalle', 40.77, 29.947],
  ['cumhuriyet-mah', 'Cumhuriyet Mahallesi', 'mahalle', 40.7705, 29.983],
  ['dumlupinar-mah', 'Dumlupınar Mahallesi', 'mahalle', 40.765, 29.985],
  ['durhasan-mah', 'Durhasan Mahallesi', 'mahalle', 40.786, 29.958],
  ['emirhan-mah', 'Emirhan Mahallesi', 'mahalle', 40.788, 29.925],
  ['erenler-mah', 'Erenler Mahallesi', 'mahalle', 40.778, 29.927],
  ['fatih-mah', 'Fatih Mahallesi', 'mahalle', 40.777, 29.946],
  ['gedikli-mah', 'Gedikli Mahallesi', 'mahalle', 40.761, 29.998],
  ['gultepe-mah', 'Gültepe Mahallesi', 'mahalle', 40.7755, 29.936],
  ['gundogdu-mah', 'Gündoğdu Mahallesi', 'mahalle', 40.779, 29.993],
  ['hacihasan-mah', 'Hacıhasan Mahallesi', 'mahalle', 40.7635, 29.9335],
  ['kabaoglu-mah', 'Kabaoğlu Mahallesi', 'mahalle', 40.815, 29.93],
  ['kadikoy-mah', 'Kadıköy Mahallesi', 'mahalle', 40.77, 29.931],
  ['karabas-mah', 'Karabaş Mahallesi', 'mahalle', 40.768, 29.912],
  ['kemalpasa-mah', 'Kemalpaşa Mahallesi', 'mahalle', 40.764, 29.929],
  ['korfez-mah', 'Körfez Mahallesi', 'mahalle', 40.76, 29.956],
  ['kozluk-mah', 'Kozluk Mahallesi', 'mahalle', 40.7725, 29.933],
  ['kurucesme-fatih-mah', 'Kuruçeşme Fatih Mahallesi', 'mahalle', 40.764, 29.898],
  ['mecidiye-mah', 'Mecidiye Mahallesi', 'mahalle', 40.765, 29.937],
  ['omeraga-mah', 'Ömerağa Mahallesi', 'mahalle', 40.767, 29.922],
  ['orhan-mah', 'Orhan Mahallesi', 'mahalle', 40.7665, 29.9345],
  ['persembe-mah', 'Perşembe Mahallesi', 'mahalle', 40.7665, 29.951],
  ['sanayi-mah', 'Sanayi Mahallesi', 'mahalle', 40.7605, 29.931],
  ['serdar-mah', 'Serdar Mahallesi', 'mahalle', 40.7655, 29.9635],
  ['suleymaniye-mah', 'Süleymaniye Mahallesi', 'mahalle', 40.7675, 29.9395],
  ['tavsantepe-mah', 'Tavşantepe Mahallesi', 'mahalle', 40.781, 29.97],
  ['tepecik-mah', 'Tepecik Mahallesi', 'mahalle', 40.769, 29.941],
  ['topcular-mah', 'Topçular Mahallesi', 'mahalle', 40.774, 29.953],
  ['turgut-mah', 'Turgut Mahallesi', 'mahalle', 40.772, 29.943],
  ['tuysuzler-mah', 'Tüysüzler Mahallesi', 'mahalle', 40.773, 29.94],
  ['yahya-kaptan-mah', 'Yahya Kaptan Mahallesi', 'mahalle', 40.77, 29.974],
  ['yenidogan-mah', 'Yenidoğan Mahallesi', 'mahalle', 40.7745, 29.928],
  ['yenimahalle-mah', 'Yenimahalle Mahallesi', 'mahalle', 40.76, 29.923],
  ['yenisehir-mah', 'Yenişehir Mahallesi', 'mahalle', 40.7655, 29.956],
  ['yesilova-mah', 'Yeşilova Mahallesi', 'mahalle', 40.782, 29.98],
  ['zabitan-mah', 'Zabıtan Mahallesi', 'mahalle', 40.771, 29.925],
];

// The northern villages: on winding two-lane roads, which the offline model
// treats as the slowest area.
const KOYLER: readonly Row[] = [
  ['akmese-koy', 'Akmeşe Köyü', 'koy', 40.889, 30.11],
  ['arizli-koy', 'Arızlı Köyü', 'koy', 40.8, 29.885],
  ['biberoglu-koy', 'Biberoğlu Köyü', 'koy', 40.88, 29.99],
  ['bulduk-koy', 'Bulduk Köyü', 'koy', 40.835, 30.06],
  ['cagirgan-koy', 'Çağırgan Köyü', 'koy', 40.84, 29.92],
  ['cayirkoy-koy', 'Çayırköy Köyü', 'koy', 40.815, 30.03],
  ['eseler-koy', 'Eseler Köyü', 'koy', 40.86, 30.08],
  ['fethiye-koy', 'Fethiye Köyü', 'koy', 40.85, 29.98],
  ['gokceoren-koy', 'Gökçeören Köyü', 'koy', 40.865, 30.02],
  ['hakaniye-koy', 'Hakaniye Köyü', 'koy', 40.825, 30.09],
  ['kisalar-koy', 'Kısalar Köyü', 'koy', 40.915, 30.12],
  ['kulfalli-koy', 'Kulfallı Köyü', 'koy', 40.805, 29.98],
  ['kulmahmut-koy', 'Kulmahmut Köyü', 'koy', 40.855, 30.13],
  ['nebihoca-koy', 'Nebihoca Köyü', 'koy', 40.89, 30.04],
  ['sapakpinar-koy', 'Sapakpınar Köyü', 'koy', 40.87, 29.95],
  ['sariseyh-koy', 'Sarışeyh Köyü', 'koy', 40.9, 30.08],
  ['tepekoy-koy', 'Tepeköy Köyü', 'koy', 40.83, 30.01],
];

const HEALTH: readonly Row[] = [
  ['kocaeli-devlet-hastanesi', 'Kocaeli Devlet Hastanesi', 'hospital', 40.7685, 29.93],
  [
    'kocaeli-universitesi-arastirma-hastanesi',
    'Kocaeli Üniversitesi Araştırma ve Uygulama Hastanesi (Umuttepe)',
    'hospital',
    40.8225,
    29.9235,
  ],
  ['seka-devlet-hastanesi', 'Seka Devlet Hastanesi', 'hospital', 40.764, 29.909],
  ['kocaeli-sehir-hastanesi', 'Kocaeli Şehir Hastanesi', 'hospital', 40.7805, 30.009],
  ['acibadem-kocaeli-hastanesi', 'Özel Acıbadem Kocaeli Hastanesi', 'hospital', 40.7665, 29.96],
  [
    'medical-park-kocaeli-hastanesi',
    'Özel Medical Park Kocaeli Hastanesi',
    'hospital',
    40.77,
    29.966,
  ],
  ['ozel-kocaeli-hastanesi', 'Özel Kocaeli Hastanesi', 'hospital', 40.765, 29.932],
  ['izmit-toplum-sagligi-merkezi', 'İzmit Toplum Sağlığı Merkezi', 'health-centre', 40.766, 29.938],
  ['yahya-kaptan-asm', 'Yahya Kaptan Aile Sağlığı Merkezi', 'health-centre', 40.7705, 29.975],
  ['kozluk-asm', 'Kozluk Aile Sağlığı Merkezi', 'health-centre', 40.773, 29.934],
  ['alikahya-asm', 'Alikahya Aile Sağlığı Merkezi', 'health-centre', 40.777, 30.006],
  ['kurucesme-asm', 'Kuruçeşme Aile Sağlığı Merkezi', 'health-centre', 40.765, 29.899],
  [
    'izmit-asi-merkezi',
    'İzmit İlçe Sağlık Müdürlüğü Aşı Merkezi',
    'vaccination-centre',
    40.7668,
    29.9405,
  ],
];

const DEPOTS: readonly Row[] = [
  ['izmit-belediyesi-arac-parki', 'İzmit Belediyesi Araç Parkı', 'depot', 40.762, 29.97],
  ['sosyal-destek-garaji', 'Sosyal Destek Hizmetleri Garajı', 'depot', 40.7615, 29.925],
];

function toPlace(district: string) {
  return ([id, name, kind, lat, lng]: Row): Place =>
    Object.freeze({ id, name, kind, district, lat, lng });
}

/** Every place of İzmit district in the gazetteer; all lie inside `IZMIT_SERVICE_AREA`. */
export const IZMIT_PLACES: readonly Place[] = Object.freeze(
  [...MAHALLELER, ...KOYLER, ...HEALTH, ...DEPOTS].map(toPlace('İzmit')),
);

/**
 * Hospitals just outside İzmit district that patients are still driven to:
 * they lie outside the service area, so a booking layer can test its
 * "hospital on an allowed list" exception against them.
 */
export const NEARBY_HOSPITALS: readonly Place[] = Object.freeze(
  (
    [
      [
        'derince-egitim-arastirma-hastanesi',
        'Derince Eğitim ve Araştırma Hastanesi',
        'hospital',
        40.756,
        29.829,
      ],
    ] as const satisfies readonly Row[]
  ).map(toPlace('Derince')),
);

const BY_ID: ReadonlyMap<string, Place> = new Map(
  [...IZMIT_PLACES, ...NEARBY_HOSPITALS].map((p) => [p.id, p]),
);

/** Looks a place up by its stable id, in `IZMIT_PLACES` and `NEARBY_HOSPITALS`. */
export function findPlace(id: string): Place | undefined {
  return BY_ID.get(id);
}
