// Runs before the page is painted so GOV.UK Frontend styles for JavaScript apply without a flash.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
