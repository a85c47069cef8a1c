/** Texts of the exported payment plan, in the language the user asked for. */
export type PlanLocale = 'sv' | 'en';

export const planTexts = {
  sv: {
    sheet: 'Betalningsplan',
    year: 'År',
    month: 'Månad',
    dueDate: 'Förfallodag',
    amount: 'Belopp (kr)',
    withheld: 'Innehållet (kr)',
    payable: 'Att betala (kr)',
    index: 'Uppräkning',
    bankgiro: 'Bankgiro',
    months: 'mån',
    yearTotal: 'Summa år',
    rule: 'Ersättningen betalas månadsvis i förskott med en tolftedel av årsbeloppet den första dagen i månaden. Belopp räknas i öre; varje månad får årsbeloppet delat med tolv avrundat nedåt till helt öre, och de öre som blir över läggs ett i taget på årets första månader, så att årets tolv månader alltid summerar exakt till årsbeloppet. En första period som börjar under året räknas i hela månader.',
  },
  en: {
    sheet: 'Payment plan',
    year: 'Year',
    month: 'Month',
    dueDate: 'Due date',
    amount: 'Amount (SEK)',
    withheld: 'Withheld (SEK)',
    payable: 'Payable (SEK)',
    index: 'Index adjustment',
    bankgiro: 'Bankgiro',
    months: 'months',
    yearTotal: 'Year total',
    rule: 'The compensation is paid monthly in advance, one twelfth of the yearly amount on the first day of each month. Amounts are counted in öre; each month gets the yearly amount divided by twelve rounded down to a whole öre, and the öre left over go one each to the first months of the year, so the twelve months always sum exactly to the yearly amount. A first period starting during the year counts in whole months.',
  },
};
