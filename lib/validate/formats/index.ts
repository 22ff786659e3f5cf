/** Pure, total format checks for the fields of the 申报书; see result.ts for the contract. */
export * from './amount';
export * from './creditCode';
export * from './date';
export * from './email';
export * from './phone';
export * from './result';
export * from './stockCode';
export * from './textFormats';
export * from './wordCount';
