/** Service worker: messages, badge, reports (filled in by the popup and reporting work). */
export {};
