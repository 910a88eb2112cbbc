/** The passphrase every e2e test sets: ordinary words, strong enough for the estimator (a unit test checks). */
export const e2ePassphrase = 'harbour lantern meadow'
