// Starts Scalar's reference (script served by the Scalar.AspNetCore package under /docs) from a file rather
// than the inline script of the package's own page, so the page runs under a CSP without 'unsafe-inline'
// scripts. The arguments are those the package's page passes; its default fonts come from a CDN and are off.
import { initialize } from '/docs/scalar.aspnetcore.js';

initialize('%2Fdocs', false, {
  withDefaultFonts: false,
  favicon: '/favicon.svg',
  _integration: 'dotnet',
  sources: [{ title: 'v1', url: 'openapi/v1.json' }],
}, '');
