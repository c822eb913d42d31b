import { createHash } from 'node:crypto';

/**
 * The one stylesheet of the public pages (no web bundle). Colours meet WCAG 2.1 AA: body text
 * #1b1f24 on white (16:1), links #0b5394 (7.9:1), muted text #4a5562 (7.4:1), focus ring #b3471d.
 */
export const IDEENBOERSE_STYLESHEET = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1b1f24;background:#fff}
.wrap{max-width:54rem;margin:0 auto;padding:0 1rem}
a{color:#0b5394;text-underline-offset:.15em}
a:hover{color:#06345e}
:focus-visible{outline:3px solid #b3471d;outline-offset:2px}
.skip-link{position:absolute;left:.5rem;top:-4rem;background:#fff;color:#0b5394;padding:.5rem 1rem;border:2px solid #0b5394;z-index:10}
.skip-link:focus{top:.5rem}
.site-header{background:#0b3d6b;color:#fff;padding:1rem 0}
.site-header a{color:#fff}
.site-name{margin:0;font-size:1.4rem;font-weight:700}
.tagline{margin:.25rem 0 0;color:#e6eef6}
main{display:block}
main.wrap{padding-top:1.5rem;padding-bottom:2.5rem}
main:focus{outline:none}
h1{font-size:2rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.4rem;line-height:1.3;margin:2rem 0 .75rem}
h3{font-size:1.15rem;line-height:1.35;margin:1.25rem 0 .5rem}
.lead{font-size:1.15rem;color:#4a5562}
.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem 1rem;align-items:end;background:#f3f6f9;border:1px solid #c9d3dd;border-radius:.5rem;padding:1rem;margin:1rem 0}
.field{display:flex;flex-direction:column;gap:.25rem}
.field-q{grid-column:1/-1}
label{font-weight:600}
input,select,button{font:inherit;color:inherit}
input,select{padding:.45rem .55rem;border:1px solid #6b7785;border-radius:.3rem;background:#fff;width:100%}
.actions{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
button{padding:.5rem 1.1rem;border:0;border-radius:.3rem;background:#0b5394;color:#fff;font-weight:600;cursor:pointer}
button:hover{background:#06345e}
.alert{border:2px solid #a4262c;background:#fdf3f3;padding:.75rem 1rem;border-radius:.4rem;margin:1rem 0}
.alert h2{margin:0 0 .5rem;font-size:1.15rem}
.results{list-style:none;margin:0;padding:0}
.results>li{border-top:1px solid #c9d3dd;padding:1rem 0}
.results h3{margin:0 0 .35rem}
.facts{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0 0 .5rem;color:#4a5562;font-size:.95rem}
.facts div{display:flex;gap:.35rem}
.facts dt{font-weight:600}
.facts dd{margin:0}
.teaser{margin:.25rem 0 0}
.pagination ul{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:1.5rem 0 0}
.pagination a,.pagination span{display:inline-block;min-width:2.5rem;padding:.35rem .6rem;border:1px solid #c9d3dd;border-radius:.3rem;text-align:center}
.pagination [aria-current]{background:#0b5394;color:#fff;border-color:#0b5394;font-weight:700}
.breadcrumbs ol{list-style:none;display:flex;flex-wrap:wrap;gap:.35rem;padding:0;margin:0;font-size:.95rem}
.breadcrumbs li+li::before{content:"›";margin-right:.35rem;color:#4a5562}
.project .facts{font-size:1rem;margin-bottom:1.5rem}
.body img{max-width:100%;height:auto}
.body pre{overflow-x:auto;background:#f3f6f9;padding:.75rem}
.body table{border-collapse:collapse}
.body td,.body th{border:1px solid #c9d3dd;padding:.35rem .5rem}
.contact-card{margin:1rem 0;padding:.75rem 1rem;border:1px solid #c9d3dd;border-left:4px solid #0b5394;border-radius:.3rem;background:#f3f6f9}
.contact-card p{margin:0}
.contact-card__name{font-weight:700}
.contact-card__kind{color:#4a5562}
.contact-card__outdated{font-weight:600}
.contact-card__details{display:grid;grid-template-columns:max-content 1fr;gap:.25rem .75rem;margin:.5rem 0 0}
.contact-card__details dt{font-weight:600}
.contact-card__details dd{margin:0;overflow-wrap:anywhere}
.contact-card--unavailable{border-left-color:#c9d3dd;color:#4a5562}
.links li{margin:.5rem 0}
.links p{margin:.15rem 0 0;color:#4a5562}
.site-footer{border-top:1px solid #c9d3dd;background:#f3f6f9;padding:1.5rem 0 2rem;margin-top:2rem}
.site-footer h2{font-size:1.15rem;margin-top:0}
.site-footer pre{white-space:pre-wrap;word-break:break-all;background:#fff;border:1px solid #c9d3dd;padding:.75rem;border-radius:.3rem}
.embed main{padding:.75rem}
.embed h1{font-size:1.15rem;margin:0 0 .5rem}
.embed .results>li{padding:.6rem 0}
.embed .results h2{font-size:1rem;margin:0 0 .2rem}
.embed .facts{font-size:.875rem}
@media (max-width:30rem){h1{font-size:1.6rem}body{font-size:1rem}}
`.trim();

/** Changes with the content, so that the stylesheet URL can be cached for a long time. */
export const STYLESHEET_VERSION = createHash('sha256').update(IDEENBOERSE_STYLESHEET).digest('hex').slice(0, 12);
