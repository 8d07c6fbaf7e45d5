/** Content script: watches compose boxes on the four sites (filled in by the compose-box work). */
export {};
