/**
 * The most either of the keyboard's text fields takes, in UTF-16 units: a few messages at most
 * (splitText), and a few minutes of typing for the desktop, which cannot be stopped once sent.
 */
export const MAX_FIELD_UNITS = 5000;
