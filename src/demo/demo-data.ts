/**
 * The demo data set: fictional people, real places. Every password here is
 * public (the README lists them), so the seed runs only where demo data is
 * wanted (SEED_DEMO_DATA).
 */
export const DEMO_USERS = [
  { username: 'admin', password: 'yoldas-admin', role: 'admin', displayName: 'Sistem Yöneticisi' },
  {
    username: 'operator',
    password: 'yoldas-operator',
    role: 'operator',
    displayName: 'Ayşe Operatör',
  },
] as const;

/** One driver per vehicle, in the same order; `shift` is [start hour, end hour] local time. */
export const DEMO_DRIVERS = [
  {
    username: 'surucu1',
    password: 'yoldas-surucu',
    fullName: 'Mehmet Yılmaz',
    phone: '+905321110001',
    shift: [7, 19],
  },
  {
    username: 'surucu2',
    password: 'yoldas-surucu',
    fullName: 'Ali Demir',
    phone: '+905321110002',
    shift: [7, 19],
  },
  {
    username: 'surucu3',
    password: 'yoldas-surucu',
    fullName: 'Hasan Kaya',
    phone: '+905321110003',
    shift: [8, 18],
  },
  {
    username: 'surucu4',
    password: 'yoldas-surucu',
    fullName: 'Emine Çelik',
    phone: '+905321110004',
    shift: [8, 18],
  },
  {
    username: 'surucu5',
    password: 'yoldas-surucu',
    fullName: 'Fatma Şahin',
    phone: '+905321110005',
    shift: [8, 18],
  },
  {
    username: 'surucu6',
    password: 'yoldas-surucu',
    fullName: 'Mustafa Aydın',
    phone: '+905321110006',
    shift: [8, 17],
  },
] as const;

export const DEMO_VEHICLES = [
  {
    plate: '41 AT 101',
    label: 'Anne Taksi 1',
    seats: 3,
    wheelchairPlaces: 0,
    infantSeats: 2,
    hasRamp: false,
    hasLift: false,
    depotPlaceId: 'sosyal-destek-garaji',
  },
  {
    plate: '41 AT 102',
    label: 'Anne Taksi 2',
    seats: 3,
    wheelchairPlaces: 0,
    infantSeats: 2,
    hasRamp: false,
    hasLift: false,
    depotPlaceId: 'sosyal-destek-garaji',
  },
  {
    plate: '41 ET 201',
    label: 'Engelsiz Taksi 1 (rampalı)',
    seats: 3,
    wheelchairPlaces: 1,
    infantSeats: 0,
    hasRamp: true,
    hasLift: false,
    depotPlaceId: 'sosyal-destek-garaji',
  },
  {
    plate: '41 ET 202',
    label: 'Engelsiz Taksi 2 (rampalı)',
    seats: 3,
    wheelchairPlaces: 1,
    infantSeats: 0,
    hasRamp: true,
    hasLift: false,
    depotPlaceId: 'izmit-belediyesi-arac-parki',
  },
  {
    plate: '41 ET 203',
    label: 'Engelsiz Van (rampalı)',
    seats: 4,
    wheelchairPlaces: 2,
    infantSeats: 0,
    hasRamp: true,
    hasLift: false,
    depotPlaceId: 'izmit-belediyesi-arac-parki',
  },
  {
    plate: '41 MB 301',
    label: 'Minibüs (asansörlü)',
    seats: 12,
    wheelchairPlaces: 2,
    infantSeats: 0,
    hasRamp: false,
    hasLift: true,
    depotPlaceId: 'izmit-belediyesi-arac-parki',
  },
] as const;

/** National IDs are valid by checksum but fictional. */
export const DEMO_CITIZENS = [
  {
    fullName: 'Zeynep Arslan',
    phone: '+905551230001',
    nationalId: '10000000146',
    birthYear: 1994,
    mobility: 'none',
    homePlaceId: 'yahya-kaptan-mah',
    services: ['anne-taksi'],
    basis: 'Doğum kaydı, Seka Devlet Hastanesi',
    disabilityRate: null,
  },
  {
    fullName: 'Osman Koç',
    phone: '+905551230002',
    nationalId: '12345678950',
    birthYear: 1961,
    mobility: 'manual-wheelchair',
    homePlaceId: 'gultepe-mah',
    services: ['engelsiz-taksi', 'asi-ulasim'],
    basis: 'Engelli sağlık kurulu raporu',
    disabilityRate: 70,
  },
  {
    fullName: 'Hatice Öztürk',
    phone: '+905551230003',
    nationalId: '23456789060',
    birthYear: 1948,
    mobility: 'walking-aid',
    homePlaceId: 'kabaoglu-mah',
    services: ['asi-ulasim', 'engelsiz-taksi'],
    basis: 'Sosyal inceleme raporu',
    disabilityRate: 45,
  },
  {
    fullName: 'İbrahim Güneş',
    phone: '+905551230004',
    nationalId: null,
    birthYear: 1955,
    mobility: 'electric-wheelchair',
    homePlaceId: 'bekirdere-mah',
    services: ['engelsiz-taksi'],
    basis: 'Engelli sağlık kurulu raporu',
    disabilityRate: 90,
  },
  {
    fullName: 'Elif Yıldız',
    phone: '+905551230005',
    nationalId: null,
    birthYear: 1999,
    mobility: 'none',
    homePlaceId: 'kozluk-mah',
    services: ['anne-taksi'],
    basis: 'Doğum kaydı, Kocaeli Devlet Hastanesi',
    disabilityRate: null,
  },
] as const;
