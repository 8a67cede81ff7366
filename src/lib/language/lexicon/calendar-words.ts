/**
 * The names of the months and the days of the week, lower-case, in calendar order: words that keep their capital
 * inside an English sentence but never name a person or an organisation (AP style, "months", "days of the week").
 */

export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
