/**
 * The words of a citizen's erasure (KVKK), spread into messages-tr.ts and
 * messages-en.ts: every key here exists in both languages.
 */
export const kvkkTr = {
  'erasure.open': 'Kişisel verileri sil (KVKK)',
  'erasure.title': 'Kişisel verileri sil: {name}',
  'erasure.irreversible': 'Bu işlem geri alınamaz. Vatandaşın başvurusu üzerine yapılır.',
  'erasure.consequences': 'Silindiğinde:',
  'erasure.identity':
    'Adı, telefonu, T.C. kimlik numarası, notları, ev ve kayıtlı adresleri, yakınları ve başvuruları silinir.',
  'erasure.rides':
    'Yolculukları raporlar için adsız kalır: yalnızca mahalle/köy, tarih ve hizmet; kapı bilgisi ve notlar silinir.',
  'erasure.future':
    'Bekleyen yolculukları ve düzenli yolculukları iptal edilir; sürücülerin listeleri güncellenir.',
  'erasure.signIn':
    'Vatandaşın ve yakınlarının oturumları kapanır; bekleyen hatırlatma mesajları gönderilmez.',
  'erasure.audit': 'Silme işlemi, sizin adınız ve gerekçeyle denetim kaydına yazılır.',
  'erasure.cancelFuture': 'Bekleyen yolculukları ve düzenli yolculukları iptal et',
  'erasure.reason': 'Gerekçe (başvurunun tarihi ve kanalı)',
  'erasure.reasonHint': 'En az 5 karakter. Kişisel veri yazmayın.',
  'erasure.confirm': 'Kalıcı olarak sil',
  'erasure.done':
    'Kişisel veriler silindi: {rides} yolculuk adsızlaştırıldı, {cancelled} yolculuk iptal edildi.',
} as const;

export const kvkkEn: Record<keyof typeof kvkkTr, string> = {
  'erasure.open': 'Erase personal data (KVKK)',
  'erasure.title': 'Erase personal data: {name}',
  'erasure.irreversible': 'This cannot be undone. It is done on the citizen’s request.',
  'erasure.consequences': 'Once erased:',
  'erasure.identity':
    'Name, phone, national ID, notes, home and saved addresses, relatives and applications are deleted.',
  'erasure.rides':
    'Rides stay anonymous for the reports: only the neighbourhood or village, the date and the service; door details and notes are deleted.',
  'erasure.future':
    'Rides still ahead and standing orders are cancelled; drivers’ lists are updated.',
  'erasure.signIn':
    'The citizen’s and their relatives’ sessions end; pending reminder messages are not sent.',
  'erasure.audit': 'The erasure is written to the audit log with your name and the reason.',
  'erasure.cancelFuture': 'Cancel rides still ahead and standing orders',
  'erasure.reason': 'Reason (date and channel of the request)',
  'erasure.reasonHint': 'At least 5 characters. Write no personal data.',
  'erasure.confirm': 'Erase permanently',
  'erasure.done':
    'Personal data erased: {rides} rides made anonymous, {cancelled} rides cancelled.',
};
