// Search as you type on /customers: asks the page's JSON handler (?handler=Suggest) and redraws the results table. The form
// works without this script (a plain GET); this only saves the Enter key. Values go in as text (textContent), never as markup:
// names are customer input.
(function () {
    "use strict";
    var input = document.getElementById("q");
    var table = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!input || !table || !status) return;
    var body = table.tBodies[0];
    var url = input.getAttribute("data-suggest");
    var pending = null;   // the request in flight, aborted when the text changes again
    var timer = 0;

    function cell(row, text, href) {
        var td = row.insertCell();
        if (href) {
            var a = document.createElement("a");
            a.href = href;
            a.textContent = text;
            td.appendChild(a);
        } else {
            td.textContent = text;
        }
    }

    function show(data, text) {
        body.replaceChildren();
        data.customers.forEach(function (c) {
            var row = body.insertRow();
            cell(row, String(c.id), c.url);
            cell(row, c.preferredName || "–", c.url);
            cell(row, (c.fullName || "•••") + (c.isInferred ? " (inferred)" : ""));
            cell(row, c.region);
            cell(row, c.segment || "no order");
            cell(row, c.lastOrderedOn || "–");
        });
        table.hidden = data.customers.length === 0;
        status.textContent = data.customers.length === 0
            ? "No customer matches “" + text + "”. Check the spelling, or try a part of the name, the e-mail or the customer id."
            : data.hasMore
                ? "The first " + data.limit + " customers matching “" + text + "” are shown; type more to narrow the list."
                : data.customers.length + " customer(s) match “" + text + "”.";
    }

    function search() {
        var text = input.value.trim();
        if (pending) pending.abort();
        if (text.length === 0) {
            body.replaceChildren();
            table.hidden = true;
            status.textContent = "";
            return;
        }
        if (text.length < 2 && !/^[0-9]+$/.test(text)) {
            status.textContent = "Type at least 2 characters of a name or an e-mail (or a customer id).";
            return;
        }
        pending = new AbortController();
        fetch(url + "&q=" + encodeURIComponent(text), { signal: pending.signal, credentials: "same-origin", headers: { "Accept": "application/json" } })
            .then(function (response) {
                // a refusal (too short, too long) comes as plain text: its message is shown as it is
                if (!response.ok) return response.text().then(function (message) { status.textContent = message || "The search was refused."; });
                return response.json().then(function (data) { show(data, text); });
            })
            .catch(function (error) {
                if (error.name !== "AbortError") status.textContent = "The search did not answer; press Search to try again.";
            });
    }

    input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(search, 150);   // one request per pause in typing, not per key
    });
})();
