// The one script content pages carry: small enhancements that every page may use.
import './copy-button.ts';
import './search-hotkey.ts';
