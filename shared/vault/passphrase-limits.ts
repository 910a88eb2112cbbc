/** The longest passphrase Convene takes, in UTF-16 units (as the contract's check counts them). */
export const maxPassphraseLength = 1024
