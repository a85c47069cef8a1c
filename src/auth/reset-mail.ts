/** Mail texts are server-side i18n: the recipient's language, not the requester's. */
const texts = {
  sv: {
    subject: 'Återställ ditt lösenord i Samsyn',
    body: (link: string, minutes: number) =>
      `Hej!\n\nNågon (förhoppningsvis du) har bett om att få återställa lösenordet till ditt Samsyn-konto.\n\nÖppna länken för att välja ett nytt lösenord. Den gäller i ${minutes} minuter och kan bara användas en gång:\n${link}\n\nOm du inte bett om detta kan du bortse från meddelandet; ditt lösenord ändras inte.\n\nSamsyn`,
  },
  en: {
    subject: 'Reset your Samsyn password',
    body: (link: string, minutes: number) =>
      `Hello,\n\nSomeone (hopefully you) asked to reset the password of your Samsyn account.\n\nOpen the link to choose a new password. It is valid for ${minutes} minutes and can be used once:\n${link}\n\nIf you did not ask for this, ignore this message; your password stays unchanged.\n\nSamsyn`,
  },
};

export function resetMail(locale: 'sv' | 'en', link: string, minutes: number) {
  const t = texts[locale];
  return { subject: t.subject, text: t.body(link, minutes) };
}
