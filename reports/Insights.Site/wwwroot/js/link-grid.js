// A table of many drill-down links (the cohort grid has one per cell: ~375 tab stops) is one tab stop (a roving tabindex): Tab
// enters it at the last link used (the first at the start), the arrow keys move between its links, Home/End go to the ends of
// the row, Enter opens the link. Without this script every link keeps its own tab stop, so the grid is never out of reach.
(function () {
    'use strict';
    function linkIn(cell) { return cell ? cell.querySelector('a[href]') : null; }
    function along(row, cell, step) {
        for (var i = cell.cellIndex + step; i >= 0 && i < row.cells.length; i += step) {
            var link = linkIn(row.cells[i]);
            if (link) return link;
        }
        return null;
    }
    function across(row, cell, step) {
        var rows = row.parentElement.rows;   // the body's rows: a cohort triangle's later rows are shorter, so they are skipped
        for (var r = row.sectionRowIndex + step; r >= 0 && r < rows.length; r += step) {
            var link = linkIn(rows[r].cells[cell.cellIndex]);
            if (link) return link;
        }
        return null;
    }
    function setup(table) {
        var links = table.querySelectorAll('a[href]');
        if (links.length < 2) return;
        links.forEach(function (link, i) { link.tabIndex = i === 0 ? 0 : -1; });
        table.addEventListener('keydown', function (e) {
            var link = e.target.closest && e.target.closest('a[href]');
            if (!link || !table.contains(link)) return;
            var cell = link.closest('td, th');
            var row = cell.parentElement;
            var ends = row.querySelectorAll('a[href]');
            var target;
            switch (e.key) {
                case 'ArrowRight': target = along(row, cell, 1); break;
                case 'ArrowLeft': target = along(row, cell, -1); break;
                case 'ArrowDown': target = across(row, cell, 1); break;
                case 'ArrowUp': target = across(row, cell, -1); break;
                case 'Home': target = ends[0]; break;
                case 'End': target = ends[ends.length - 1]; break;
                default: return;
            }
            e.preventDefault();
            if (!target) return;
            link.tabIndex = -1;
            target.tabIndex = 0;
            target.focus();
        });
    }
    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('table[data-link-grid]').forEach(setup);
    });
})();
