// The segment export page's progress (Pages/Segments/Export): when a download link of this view is followed, the browser saves
// the file by itself, and this polls the page's progress handler once a second and shows the rows written of the rows the page
// counted, until the export ends. Without script the downloads work the same, only without the bar.
(function () {
    'use strict';
    var box = document.getElementById('export-progress');
    if (!box) return;
    var bar = document.getElementById('export-progress-bar');
    var text = document.getElementById('export-progress-text');
    var url = box.getAttribute('data-progress-url');
    var timer = null;
    function number(n) { return n.toLocaleString('en-US'); }
    function show(state) {
        bar.max = Math.max(1, state.total);
        bar.value = Math.min(state.rows, state.total);
        var share = state.total > 0 ? Math.floor(100 * Math.min(state.rows, state.total) / state.total) : 100;
        if (state.failed) text.textContent = 'The export stopped after ' + number(state.rows) + ' rows; nothing complete was saved.';
        else if (state.done) text.textContent = 'Complete: ' + number(state.rows) + ' rows written.';
        else text.textContent = number(state.rows) + ' of ' + number(state.total) + ' rows written (' + share + '%).';
    }
    function poll() {
        fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (state) {
                if (!state) { stop(); return; }
                show(state);
                if (state.done || state.failed) stop();
            })
            .catch(stop);
    }
    function stop() { if (timer) { clearInterval(timer); timer = null; } }
    ['download-csv', 'download-parquet'].forEach(function (id) {
        var link = document.getElementById(id);
        if (!link) return;
        link.addEventListener('click', function () {
            box.hidden = false;
            text.textContent = 'Starting the export…';
            stop();
            timer = setInterval(poll, 1000);
        });
    });
})();
