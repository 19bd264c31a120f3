// The workbench's few behaviours: charts, confirmations, select-all, the script switch.
(function () {
    'use strict';

    var palette = ['#b3261e', '#d97706', '#2e7d32', '#1565c0', '#6a1b9a'];

    function chartOption(data) {
        var series = data.series.map(function (s, i) {
            var base = {name: s.name, data: s.data, label: {show: data.kind !== 'line', position: 'right',
                formatter: '{c}' + (data.unit === '%' ? '%' : '')}};
            if (data.kind === 'pie') {
                return {type: 'pie', radius: ['35%', '65%'], name: s.name, label: {formatter: '{b}\n{c}'},
                    data: s.data.map(function (v, j) { return {name: data.labels[j], value: v}; })
                        .filter(function (d) { return d.value > 0; })};
            }
            base.type = data.kind === 'line' ? 'line' : 'bar';
            base.color = palette[(i + (data.kind === 'line' ? 3 : 0)) % palette.length];
            if (data.kind === 'vbar') { base.label.position = 'top'; }
            return base;
        });
        var option = {animation: false, tooltip: {trigger: data.kind === 'pie' ? 'item' : 'axis'},
            grid: {left: 8, right: 48, top: 28, bottom: 8, containLabel: true}, series: series};
        if (data.kind === 'pie') {
            option.color = ['#b3261e', '#d97706', '#2e7d32'];
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
                    var href = data.links[p.dataIndex];
                    if (href) { window.location.href = href; }
                });
            }
            window.addEventListener('resize', function () { chart.resize(); });
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        drawCharts(document);
    });

    // Plain forms that change or remove something ask first; htmx forms use hx-confirm.
    document.addEventListener('submit', function (e) {
        var message = e.target.getAttribute('data-confirm');
        if (message && !window.confirm(message)) { e.preventDefault(); }
    }, true);

    document.addEventListener('change', function (e) {
        if (e.target.id === 'select-all') {
            document.querySelectorAll('input[name="ids"][form="bulk"]').forEach(function (box) {
                box.checked = e.target.checked;
            });
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
