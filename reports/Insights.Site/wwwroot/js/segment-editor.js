// The segment editor (/segments/new, /segments/{id}): the form works without this script (its buttons post it back). This adds
// the live preview: after a pause in editing it posts the same form (with its anti-forgery token) to the page's PreviewJson
// handler and redraws the counts and tables. A changed field or operator needs other inputs, so it posts the form back at once.
// Values go in as text (textContent), never as markup.
(function () {
    "use strict";
    var form = document.getElementById("segment-form");
    if (!form) return;
    var url = form.getAttribute("data-preview");
    var status = document.getElementById("preview-status");
    var pending = null;
    var timer = 0;

    function text(id, value) {
        var element = document.getElementById(id);
        if (element) element.textContent = value;
    }

    function table(id, rows) {
        var body = document.getElementById(id).tBodies[0];
        body.replaceChildren();
        rows.forEach(function (r) {
            var row = body.insertRow();
            row.insertCell().textContent = r.label;
            var members = row.insertCell();
            members.textContent = r.members.toLocaleString("en-US");
            members.className = "num";
            var net = row.insertCell();
            net.textContent = r.netAmount;
            net.className = "num";
        });
    }

    function preview() {
        if (pending) pending.abort();
        pending = new AbortController();
        status.textContent = "Counting…";
        fetch(url, { method: "POST", body: new FormData(form), signal: pending.signal, credentials: "same-origin", headers: { "Accept": "application/json" } })
            .then(function (response) {
                if (!response.ok) return response.text().then(function (message) { status.textContent = message || "The preview was refused."; });
                return response.json().then(function (data) {
                    text("preview-summary", data.summary + ".");
                    text("preview-members", data.members.toLocaleString("en-US"));
                    text("preview-share", data.share);
                    text("preview-net", data.netAmount);
                    text("preview-clv", data.meanClv);
                    table("by-segment", data.bySegment);
                    table("by-region", data.byRegion);
                    status.textContent = "";
                });
            })
            .catch(function (error) {
                if (error.name !== "AbortError") status.textContent = "The preview did not answer; press Update preview.";
            });
    }

    form.addEventListener("change", function (event) {
        if (event.target.hasAttribute("data-refresh")) {
            document.getElementById("update-preview").click();   // other inputs for the new field or operator
            return;
        }
        clearTimeout(timer);
        timer = setTimeout(preview, 250);
    });
    form.addEventListener("input", function (event) {
        if (event.target.type !== "number") return;
        clearTimeout(timer);
        timer = setTimeout(preview, 400);
    });
})();
