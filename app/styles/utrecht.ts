/**
 * The Utrecht components this app renders, one package each (ADR 020): only their CSS is shipped.
 * app/styles/utrecht-components.test.ts keeps this list equal to the utrecht-* classes used in app/.
 */
import "@utrecht/alert-css/dist/index.css";
import "@utrecht/body-css/dist/index.css";
import "@utrecht/button-css/dist/index.css";
import "@utrecht/button-group-css/dist/index.css";
import "@utrecht/button-link-css/dist/index.css";
import "@utrecht/checkbox-css/dist/index.css";
import "@utrecht/custom-checkbox-css/dist/index.css";
import "@utrecht/data-badge-css/dist/index.css";
import "@utrecht/data-list-css/dist/index.css";
import "@utrecht/document-css/dist/index.css";
import "@utrecht/form-field-css/dist/index.css";
import "@utrecht/form-field-description-css/dist/index.css";
import "@utrecht/form-field-error-message-css/dist/index.css";
import "@utrecht/form-fieldset-css/dist/index.css";
import "@utrecht/form-label-css/dist/index.css";
import "@utrecht/heading-1-css/dist/index.css";
import "@utrecht/heading-2-css/dist/index.css";
import "@utrecht/heading-3-css/dist/index.css";
import "@utrecht/heading-4-css/dist/index.css";
import "@utrecht/heading-5-css/dist/index.css";
import "@utrecht/heading-6-css/dist/index.css";
import "@utrecht/link-css/dist/index.css";
import "@utrecht/nav-bar-css/dist/index.css";
import "@utrecht/ordered-list-css/dist/index.css";
import "@utrecht/page-css/dist/index.css";
import "@utrecht/page-content-css/dist/index.css";
import "@utrecht/page-footer-css/dist/index.css";
import "@utrecht/page-header-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import "@utrecht/radio-button-css/dist/index.css";
import "@utrecht/select-css/dist/index.css";
import "@utrecht/skip-link-css/dist/index.css";
import "@utrecht/table-css/dist/index.css";
import "@utrecht/textarea-css/dist/index.css";
import "@utrecht/textbox-css/dist/index.css";
import "@utrecht/unordered-list-css/dist/index.css";
