/**
 * Canned texts, one tap each: the driver's in traffic, the dispatcher's on
 * the phone. Sent as they are (Turkish, the office's language); the server
 * takes any short text, so these can change without it.
 */
export const DRIVER_CANNED = [
  'Trafik, 10 dk gecikme',
  'Yolcu kapıda değil',
  'Adres bulunamadı, arayın',
  'Araç arızalı',
  'Tamam',
] as const;

export const DISPATCH_CANNED = [
  'Tamam, bilgi alındı',
  'Yolcuyu arıyoruz, bekleyin',
  'Bir sonraki durağa geçin',
  'Merkezi arayın',
] as const;
