/**
 * Today's calendar date in Sweden as YYYY-MM-DD. Due dates, deadlines and periods are Swedish
 * calendar dates, so "today" must not flip at midnight UTC.
 */
export const todayIso = (now = new Date()): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
