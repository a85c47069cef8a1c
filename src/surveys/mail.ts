import type { Questionnaire } from './contract.js';

/** Invitation and reminder mails, in the respondent's language (server-side i18n like the reset mail). */
const texts = {
  sv: {
    subject: (title: string, reminder: boolean) => `${reminder ? 'Påminnelse: ' : ''}Enkät – ${title}`,
    body: (m: MailFacts) =>
      [
        `Hej ${m.name}!`,
        `${m.reminder ? 'Vi har ännu inte fått ditt svar på' : 'Du är inbjuden att besvara'} enkäten ”${m.title}”${m.bodyName ? ` för ${m.bodyName}` : ''}.`,
        `Svara senast ${m.closesAt} via länken nedan. Du behöver inget konto, och du kan spara och fortsätta senare med samma länk. Länken är personlig – dela den inte.\n${m.link}`,
        ...(m.anonymous
          ? ['Enkäten är anonym: ingen, inte heller en administratör, kan se vem som har svarat vad.']
          : []),
        'Samsyn',
      ].join('\n\n'),
  },
  en: {
    subject: (title: string, reminder: boolean) => `${reminder ? 'Reminder: ' : ''}Questionnaire – ${title}`,
    body: (m: MailFacts) =>
      [
        `Hello ${m.name},`,
        `${m.reminder ? 'We have not yet received your answer to' : 'You are invited to answer'} the questionnaire "${m.title}"${m.bodyName ? ` for ${m.bodyName}` : ''}.`,
        `Please answer by ${m.closesAt} using the link below. No account is needed, and you can save and continue later with the same link. The link is personal – do not share it.\n${m.link}`,
        ...(m.anonymous
          ? ['The questionnaire is anonymous: no one, not even an administrator, can see who answered what.']
          : []),
        'Samsyn',
      ].join('\n\n'),
  },
};

interface MailFacts {
  name: string;
  title: string;
  bodyName: string | null;
  closesAt: string;
  link: string;
  anonymous: boolean;
  reminder: boolean;
}

export function surveyMail(
  q: Pick<Questionnaire, 'title' | 'closesAt' | 'anonymous'>,
  to: { name: string; email: string; locale: string; bodyName: string | null },
  link: string,
  reminder: boolean,
) {
  const lang = to.locale === 'en' ? 'en' : 'sv';
  const t = texts[lang];
  const facts = {
    name: to.name,
    title: q.title[lang],
    bodyName: to.bodyName,
    closesAt: q.closesAt,
    link,
    anonymous: q.anonymous,
    reminder,
  };
  return { to: to.email, subject: t.subject(facts.title, reminder), text: t.body(facts) };
}

export const respondLink = (publicUrl: string, token: string) => `${publicUrl}/svar/${token}`;
