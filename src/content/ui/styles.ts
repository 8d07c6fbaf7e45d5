/** Styles of everything we draw, inside our closed shadow root: the page's CSS cannot reach them. */
export const COLOURS = {
  advice: '#175cd3',
  warning: '#b54708',
  breach: '#b42318',
  block: '#7a271a',
} as const;

export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.pg { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #101828; }
.layer { position: fixed; inset: 0; pointer-events: none; overflow: hidden; }
.box { position: fixed; pointer-events: none; border-bottom: 2px solid; border-radius: 1px; }
.box.breach, .box.block { background: rgba(180, 35, 24, .12); border-color: ${COLOURS.breach}; }
.box.warning { background: rgba(181, 71, 8, .12); border-color: ${COLOURS.warning}; }
.box.advice { border-bottom-style: dotted; border-color: ${COLOURS.advice}; }
.mirror { position: fixed; pointer-events: none; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; }
.mirror mark { color: transparent; border-radius: 1px; border-bottom: 2px solid; }
.mirror mark.breach, .mirror mark.block { background: rgba(180, 35, 24, .14); border-color: ${COLOURS.breach}; }
.mirror mark.warning { background: rgba(181, 71, 8, .14); border-color: ${COLOURS.warning}; }
.mirror mark.advice { background: transparent; border-bottom-style: dotted; border-color: ${COLOURS.advice}; }
.indicator { position: fixed; pointer-events: auto; display: inline-flex; align-items: center; gap: 4px; height: 24px;
  padding: 0 8px; border: 0; border-radius: 12px; color: #fff; font: 600 12px/24px system-ui, sans-serif; cursor: pointer;
  box-shadow: 0 1px 3px rgba(16, 24, 40, .3); }
.indicator:focus-visible, button:focus-visible { outline: 3px solid #2e90fa; outline-offset: 2px; }
.indicator.advice { background: ${COLOURS.advice}; } .indicator.warning { background: ${COLOURS.warning}; }
.indicator.breach { background: ${COLOURS.breach}; } .indicator.block { background: ${COLOURS.block}; }
.indicator.clear { background: #067647; }
.card { position: fixed; pointer-events: auto; width: 340px; max-width: calc(100vw - 16px); max-height: 70vh; overflow: auto;
  background: #fff; border: 1px solid #d0d5dd; border-radius: 10px; box-shadow: 0 12px 24px rgba(16, 24, 40, .18); padding: 12px 14px; }
.card h2, .dialog h2 { font-size: 15px; margin: 0 0 4px; display: flex; gap: 8px; align-items: baseline; }
.chip { display: inline-block; padding: 0 6px; border-radius: 8px; color: #fff; font-size: 11px; font-weight: 700; text-transform: uppercase; }
.chip.advice { background: ${COLOURS.advice}; } .chip.warning { background: ${COLOURS.warning}; }
.chip.breach { background: ${COLOURS.breach}; } .chip.block { background: ${COLOURS.block}; }
.clause { color: #475467; font-size: 12px; font-weight: 600; }
.card p, .dialog p { margin: 6px 0; }
.label { font-weight: 600; color: #344054; }
.excerpt { font-style: italic; color: #344054; }
.thumb { display: block; width: 72px; height: 72px; object-fit: cover; border-radius: 6px; margin: 6px 0; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
button.action { font: 600 13px system-ui, sans-serif; padding: 6px 10px; border-radius: 6px; border: 1px solid #d0d5dd;
  background: #fff; color: #101828; cursor: pointer; }
button.action.primary { background: #1d4f91; border-color: #1d4f91; color: #fff; }
button.action.quiet { border-color: transparent; color: #475467; }
button.close { position: absolute; top: 6px; right: 8px; border: 0; background: none; font-size: 18px; cursor: pointer; color: #475467; }
.card .item { border-top: 1px solid #eaecf0; padding-top: 8px; margin-top: 8px; }
.backdrop { position: fixed; inset: 0; pointer-events: auto; background: rgba(16, 24, 40, .45); display: grid; place-items: center; }
.dialog { position: relative; width: 460px; max-width: calc(100vw - 24px); max-height: 85vh; overflow: auto; background: #fff;
  border-radius: 12px; padding: 18px 20px; box-shadow: 0 20px 40px rgba(16, 24, 40, .3); }
.dialog ul { padding-left: 18px; margin: 8px 0; } .dialog li { margin: 6px 0; }
.approval { border-top: 1px solid #d0d5dd; margin-top: 10px; padding-top: 6px; }
.approval h3 { font-size: 14px; margin: 4px 0; }
.approval .row { display: flex; gap: 6px; margin: 6px 0; align-items: center; }
.approval input { flex: 1; min-width: 0; font: 13px ui-monospace, monospace; padding: 6px; border: 1px solid #667085; border-radius: 6px; }
.approval .hint, .approval .status { font-size: 12px; }
.notice { position: fixed; pointer-events: auto; max-width: 360px; background: #fff; color: #101828; border: 1px solid #d0d5dd;
  border-left: 4px solid ${COLOURS.warning}; border-radius: 8px; padding: 8px 10px; box-shadow: 0 4px 12px rgba(16, 24, 40, .18); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .pg { color: #f2f4f7; }
  .card, .dialog { background: #1d2939; border-color: #475467; }
  .label, .excerpt { color: #d0d5dd; } .clause { color: #98a2b3; }
  button.action { background: #344054; color: #f2f4f7; border-color: #475467; }
}
`;
