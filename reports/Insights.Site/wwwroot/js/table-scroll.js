// A data table wider than the screen scrolls inside its own box (site.css). A keyboard user must be able to scroll it too: a
// box holding no link or button gets a tab stop (tabindex=0, named after the table's heading), and loses it when the table fits.
(function () {
    'use strict';
    function label(table) {
        var caption = table.querySelector('caption');
        if (caption) return caption.textContent.trim();
        var section = table.closest('section');
        var heading = section && section.querySelector('h2, h3');
        return (heading ? heading.textContent.trim() + ': ' : '') + 'table, scrolls sideways';
    }
    function update() {
        document.querySelectorAll('table.data').forEach(function (table) {
            var overflows = table.scrollWidth > table.clientWidth + 1;
            var focusable = table.querySelector('a[href], button, input, select, textarea, summary');
            if (overflows && !focusable) {
                if (!table.hasAttribute('tabindex')) {
                    table.setAttribute('tabindex', '0');
                    if (!table.hasAttribute('aria-label')) table.setAttribute('aria-label', label(table));
                    table.dataset.scrollStop = 'added';
                }
            } else if (table.dataset.scrollStop === 'added') {
                table.removeAttribute('tabindex');
                table.removeAttribute('aria-label');
                delete table.dataset.scrollStop;
            }
        });
    }
    document.addEventListener('DOMContentLoaded', update);
    window.addEventListener('resize', update);
    document.addEventListener('toggle', update, true);   // a table inside <details> gets its width when opened
})();
