/** "1 error", "3 errors": English counts in the reports. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
