/**
 * How long typing must pause before a result count is read out (results on screen follow at once). Long enough
 * that a slow typist hears one count per word, not one per key; accessible-autocomplete waits 1,400 ms.
 */
export const countPauseMs = 1200;
