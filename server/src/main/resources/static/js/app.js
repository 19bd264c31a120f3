// The workbench's few behaviours: charts, confirmations, busy states, select-all, the script switch.
(function () {
    'use strict';

    var palette = ['#b3261e', '#d97706', '#2e7d32', '#1565c0', '#6a1b9a'];

    function chartOption(data) {
        var series = data.series.map(function (s, i) {
            var base = {name: s.name, data: s.data, label: {show: data.kind !== 'line', position: 'right',
                formatter: '{c}' + (data.unit === '%' ? '%' : '')}};
            if (data.kind === 'pie') {
                // Each slice carries its own colour and link: empty slices are left out, so an index would shift.
                return {type: 'pie', radius: ['35%', '65%'], name: s.name, label: {formatter: '{b}\n{c}'},
                    data: s.data.map(function (v, j) {
                        var d = {name: data.labels[j], value: v, link: data.links && data.links[j]};
                        if (data.colors) { d.itemStyle = {color: data.colors[j]}; }
                        return d;
                    }).filter(function (d) { return d.value > 0; })};
            }
            base.type = data.kind === 'line' ? 'line' : 'bar';
            base.color = palette[(i + (data.kind === 'line' ? 3 : 0)) % palette.length];
            if (data.kind === 'vbar') { base.label.position = 'top'; }
            return base;
        });
        var option = {animation: false, tooltip: {trigger: data.kind === 'pie' ? 'item' : 'axis'},
            grid: {left: 8, right: 48, top: 28, bottom: 8, containLabel: true}, series: series};
        if (data.kind === 'pie') {
            return option;
        }
        var category = {type: 'category', data: data.labels, axisLabel: {width: 150, overflow: 'truncate'}};
        var value = {type: 'value', max: data.unit === '%' ? 100 : null};
        if (data.kind === 'hbar') {
            category.inverse = true;
            option.yAxis = category; option.xAxis = value;
        } else {
            option.xAxis = category; option.yAxis = value;
        }
        if (data.series.length > 1) { option.legend = {top: 0}; }
        return option;
    }

    function drawCharts(root) {
        if (!window.echarts) { return; }
        root.querySelectorAll('[data-chart]').forEach(function (el) {
            var data = JSON.parse(el.getAttribute('data-chart'));
            if (data.kind === 'hbar') { el.style.height = Math.max(220, data.labels.length * 26 + 40) + 'px'; }
            var chart = echarts.init(el, null, {renderer: 'svg'});
            chart.setOption(chartOption(data));
            if (data.links && data.links.length) {
                chart.on('click', function (p) {
                    var href = p.data && p.data.link !== undefined ? p.data.link : data.links[p.dataIndex];
                    if (href) { window.location.href = href; }
                });
            }
            window.addEventListener('resize', function () { chart.resize(); });
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        drawCharts(document);
    });

    // A plain form that asks before it changes something (its hidden field _confirm) asks here and,
    // answered yes, says so (_confirmed), so the server does not ask again on a page of its own.
    // htmx forms ask through htmx:confirm below.
    document.addEventListener('submit', function (e) {
        var form = e.target;
        var field = form.elements.namedItem('_confirm');
        if (!field || form.hasAttribute('hx-post') || form.elements.namedItem('_confirmed')) { return; }
        if (!window.confirm(field.value)) { e.preventDefault(); return; }
        var yes = document.createElement('input');
        yes.type = 'hidden';
        yes.name = '_confirmed';
        yes.value = 'true';
        form.appendChild(yes);
    }, true);

    // Texts live on the page, so that the 繁體 switch converts them with the rest.
    function text(name, fallback) {
        var busy = document.getElementById('busy');
        return (busy && busy.getAttribute('data-' + name)) || fallback;
    }

    var idleText = null;

    function showBusy(message) {
        var busy = document.getElementById('busy');
        if (busy) {
            if (idleText === null) { idleText = busy.textContent; }
            busy.textContent = message;
            busy.classList.add('shown');
        }
    }

    function hideBusy() {
        var busy = document.getElementById('busy');
        if (busy) {
            busy.classList.remove('shown');
            if (idleText !== null) { busy.textContent = idleText; }
        }
    }

    function flash(message) {
        var box = document.getElementById('flash');
        if (box) { box.innerHTML = ''; var p = document.createElement('p'); p.className = 'alert alert-error';
            p.textContent = message; box.appendChild(p); }
    }

    // A slow plain form (an upload, an import) says that it is working and cannot be sent twice.
    document.addEventListener('submit', function (e) {
        var form = e.target;
        var message = form.getAttribute('data-busy');
        if (!message || e.defaultPrevented || form.hasAttribute('hx-post')) { return; }
        showBusy(message);
        form.setAttribute('aria-busy', 'true');
        setTimeout(function () {
            form.querySelectorAll('button[type="submit"], button:not([type])').forEach(function (b) { b.disabled = true; });
        }, 0);
    });

    // Back to a page left by such a form: it is usable again.
    window.addEventListener('pageshow', function (e) {
        if (!e.persisted) { return; }
        hideBusy();
        document.querySelectorAll('form[aria-busy="true"]').forEach(function (form) {
            form.removeAttribute('aria-busy');
            form.querySelectorAll('button').forEach(function (b) { b.disabled = false; });
        });
    });

    // The browser gives no sign while a generated file (an Excel ledger, a Word notice) is being
    // prepared, which can take seconds; fetching it here lets the link show that it is busy.
    function fileName(response, href) {
        var header = response.headers.get('Content-Disposition') || '';
        var star = /filename\*=UTF-8''([^;]+)/i.exec(header);
        if (star) { return decodeURIComponent(star[1]); }
        var plain = /filename="?([^";]+)"?/i.exec(header);
        return plain ? plain[1] : href.split('?')[0].split('/').pop();
    }

    function download(link) {
        var label = link.textContent;
        link.setAttribute('aria-busy', 'true');
        link.classList.add('downloading');
        link.textContent = label + text('download-label', '…');
        showBusy(text('download', '…'));
        fetch(link.href, {credentials: 'same-origin'}).then(function (response) {
            if (!response.ok) {
                return response.json().catch(function () { return {}; }).then(function (problem) {
                    throw new Error(problem.detail || text('download-failed', response.statusText));
                });
            }
            return response.blob().then(function (blob) {
                var a = document.createElement('a');
                a.href = URL.createObjectURL(blob);
                a.download = link.getAttribute('download') || fileName(response, link.href);
                document.body.appendChild(a);
                a.click();
                a.remove();
                setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
            });
        }).catch(function (error) {
            flash(error.message);
        }).then(function () {
            link.removeAttribute('aria-busy');
            link.classList.remove('downloading');
            link.textContent = label;
            hideBusy();
        });
    }

    document.addEventListener('click', function (e) {
        var link = e.target.closest && e.target.closest('a[href]');
        if (!link || !window.fetch || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) { return; }
        var path = new URL(link.href, window.location.href).pathname;
        if (link.hasAttribute('data-download') || /\.(xlsx|docx)$/.test(path)) {
            e.preventDefault();
            if (link.getAttribute('aria-busy') !== 'true') { download(link); }
        }
    });

    // A file over the upload limit is refused before it is sent, with a message beside the field.
    document.addEventListener('change', function (e) {
        var input = e.target;
        var max = input.getAttribute && Number(input.getAttribute('data-max-bytes'));
        if (!max || !input.files) { return; }
        var tooLarge = Array.prototype.some.call(input.files, function (f) { return f.size > max; });
        input.setCustomValidity(tooLarge
            ? text('too-large', '{0} MB').replace('{0}', String(Math.round(max / 1048576))) : '');
        if (tooLarge) { input.reportValidity(); }
    });

    // 全选 ticks the boxes of its form: the ledger's bulk form, or the form named by data-select-all.
    document.addEventListener('change', function (e) {
        var form = e.target.id === 'select-all' ? 'bulk' : e.target.getAttribute('data-select-all');
        if (form) {
            document.querySelectorAll('input[name="ids"][form="' + form + '"]').forEach(function (box) {
                box.checked = e.target.checked;
            });
        }
    });

    // A form that asks before it changes something states its question once, in its hidden field
    // _confirm, which the server asks on a page of its own when the form is posted without script.
    document.addEventListener('htmx:confirm', function (e) {
        var elt = e.detail.elt;
        var form = elt && (elt.tagName === 'FORM' ? elt : elt.form);
        var field = form && form.elements.namedItem('_confirm');
        if (!field || e.detail.question) { return; }
        e.preventDefault();
        if (window.confirm(field.value)) { e.detail.issueRequest(true); }
    });

    // A message belongs beside what was acted on and replaces the one before it. Each request
    // clears the earlier messages (a stale red error must not sit above a later green one); a
    // refusal, which the server sends to #flash, goes to the slot (.feedback) of the card, row or
    // panel marked data-feedback that holds the acting form, when there is one. A part of the page
    // loaded apart when the page opens (hx-trigger="load") is no act and keeps the page's message.
    document.addEventListener('htmx:beforeRequest', function (e) {
        var trigger = e.detail.elt && e.detail.elt.getAttribute && e.detail.elt.getAttribute('hx-trigger');
        if (trigger && /^\s*load\b/.test(trigger)) { return; }
        var box = document.getElementById('flash');
        if (box) { box.innerHTML = ''; }
        document.querySelectorAll('.feedback').forEach(function (slot) { slot.innerHTML = ''; });
        document.querySelectorAll('.feedback-message').forEach(function (m) { m.remove(); });
    });

    document.addEventListener('htmx:beforeSwap', function (e) {
        var elt = e.detail.requestConfig && e.detail.requestConfig.elt;
        if (!e.detail.isError || !elt || !elt.closest) { return; }
        var holder = elt.closest('[data-feedback]');
        var slot = holder && holder.querySelector('.feedback');
        if (slot) {
            e.detail.target = slot;
            e.detail.swapOverride = 'innerHTML';
        }
    });

    // 添加一行: the last row of the list named by data-add-row, copied empty under the next number
    // (its fields' ids and names end in -<n>- or -<n>, as the server reads them).
    document.addEventListener('click', function (e) {
        var button = e.target.closest && e.target.closest('[data-add-row]');
        var list = button && document.getElementById(button.getAttribute('data-add-row'));
        if (!list) { return; }
        var rows = list.querySelectorAll('[data-row]');
        var last = rows[rows.length - 1];
        var from = last.getAttribute('data-row');
        var next = String(Number(from) + 1);
        var row = last.cloneNode(true);
        row.setAttribute('data-row', next);
        row.querySelectorAll('[id], [for], [name]').forEach(function (field) {
            ['id', 'for', 'name'].forEach(function (attr) {
                var value = field.getAttribute(attr);
                if (value) { field.setAttribute(attr, value.replace('-' + from, '-' + next)); }
            });
            if (field.tagName === 'SELECT') {
                Array.prototype.forEach.call(field.options, function (o) { o.selected = false; });
            } else if (field.tagName === 'INPUT') {
                field.value = '';
            }
        });
        row.querySelectorAll('.row-number').forEach(function (n) { n.textContent = next; });
        list.appendChild(row);
        var first = row.querySelector('input');
        if (first) { first.focus(); }
    });

    // The error page's 返回上一页 goes back when there is a page to go back to (no inline script: the CSP forbids it).
    document.addEventListener('click', function (e) {
        var link = e.target.closest && e.target.closest('a[data-back]');
        if (link && window.history.length > 1) {
            e.preventDefault();
            window.history.back();
        }
    });

    // After htmx changed the URL, the script switch must come back to the new one.
    document.addEventListener('click', function (e) {
        var link = e.target.closest('[data-script-switch]');
        if (link) {
            var url = new URL(link.href, window.location.href);
            url.searchParams.set('back', window.location.pathname + window.location.search);
            link.href = url.toString();
        }
    });
}());
