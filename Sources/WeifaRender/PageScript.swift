import WeifaEvaluator

/// The fixed part of the resident's page: its style and its interpreter. Nothing here depends on
/// the charter; the charter arrives as JSON data (`PageModel`). The script never evaluates
/// strings and writes text only through `textContent`.
///
/// `WF.standings(data, row)` runs the compiled programs exactly as `CompiledRules.evaluate` does
/// (row values: numbers ×1000, enum codes, 1/0, yyyymmdd, `null` when missing; answers 0 no,
/// 1 applies, 2 unknown, 3 overridden); `WF.decide(spec, counts)` checks a meeting as
/// `Decider.decide` does, with the same arithmetic lines; `WF.explain` runs a program again keeping
/// the facts behind its value, which `WF.reason` words plainly (「因为您年满80周岁、户籍在本村」). Under Node (no `document`) the script
/// only defines `globalThis.WF`, which the differential test drives.
enum PageScript {
  static let css = """
  .wf-app { max-width: 40em; margin: 0 auto; padding: 0.5em 0.8em; font-family: var(--hei); font-size: 20px; line-height: 1.6; }
  .wf-panel { background: #fff; border: 2px solid #b33; border-radius: 10px; padding: 0.6em 0.9em 0.9em; margin: 0.8em 0; }
  .wf-panel h2 { font-size: 1.25em; color: #a11; margin: 0.2em 0 0.3em; }
  .wf-hint { text-indent: 0; color: #444; font-size: 0.85em; margin-bottom: 0.5em; }
  .wf-q { border: 0; border-bottom: 1px solid #ddd; margin: 0; padding: 0.5em 0; min-width: 0; }
  .wf-q legend, .wf-q label.wf-l { font-weight: bold; display: block; padding: 0; }
  .wf-opts { display: flex; flex-wrap: wrap; gap: 0.4em; margin-top: 0.3em; }
  .wf-opts label { border: 2px solid #888; border-radius: 8px; padding: 0.3em 0.8em; min-height: 2.4em; display: inline-flex; align-items: center; cursor: pointer; }
  .wf-opts input { width: 1.2em; height: 1.2em; margin: 0 0.4em 0 0; }
  .wf-opts label:has(input:checked) { background: #fde8e8; border-color: #b33; }
  .wf-app p { text-indent: 0; text-align: left; }
  .wf-app input[type=text], .wf-app input[type=date], .wf-app select { font-size: 1em; padding: 0.3em; width: 100%; max-width: 14em; border: 2px solid #888; border-radius: 8px; }
  .wf-btn { font-size: 0.9em; padding: 0.3em 1em; margin: 0.5em 0; border-radius: 8px; border: 2px solid #888; background: #f4f4f4; }
  .wf-group h3 { font-size: 1.1em; margin: 0.8em 0 0.2em; }
  .wf-group ul { margin: 0; padding-left: 1.1em; }
  .wf-group li { margin: 0.35em 0; }
  .wf-why { display: block; color: #555; font-size: 0.85em; }
  .wf-amt { color: #a11; font-weight: bold; }
  .wf-ok { color: #075; font-weight: bold; font-size: 1.2em; }
  .wf-no { color: #b00; font-weight: bold; font-size: 1.2em; }
  .wf-un { color: #850; font-weight: bold; font-size: 1.2em; }
  .wf-arith { margin: 0.2em 0 0.6em; padding-left: 1.1em; font-size: 0.9em; }
  .wf-answer { border-color: #075; }
  .wf-answer h2 { color: #064; }
  .wf-answer h3 { font-size: 1em; margin: 0.5em 0 0; color: #064; }
  .wf-short { margin: 0; padding-left: 0; list-style: none; }
  .wf-short li { margin: 0.3em 0; font-size: 0.9em; line-height: 1.45; }
  .wf-short a { color: inherit; }
  .wf-answer .wf-why { font-size: 0.85em; }
  .wf-tag { font-size: 0.75em; background: #a11; color: #fff; border-radius: 4px; padding: 0 0.35em; margin-right: 0.35em; white-space: nowrap; }
  .wf-jump { text-indent: 0; text-align: center; }
  .wf-noscript { text-indent: 0; text-align: center; color: #a11; padding: 0.3em 1em; }
  .wf-app .wf-top { font-family: var(--title); font-size: 1.3em; text-align: center; margin: 0.4em 0 0; line-height: 1.4; }
  .wf-top small { font-family: var(--hei); font-size: 0.6em; color: #666; }
  @media print { .wf-app, .wf-noscript { display: none !important; } }
  """

  static let js = #"""
  (function () {
  "use strict";
  function run(p, row) {
    var st = [], i, j, t, r, n, v;
    for (i = 0; i < p.length; i++) {
      var o = p[i], c = o[0];
      if (c === \#(Opcode.yes.rawValue)) { st.push(1); }
      else if (c >= \#(Opcode.eq.rawValue) && c <= \#(Opcode.le.rawValue)) {
        v = row[o[1]];
        if (v === null || v === undefined) { st.push(2); } else {
          var k = o[2];
          t = c === \#(Opcode.eq.rawValue) ? v === k : c === \#(Opcode.ne.rawValue) ? v !== k : c === \#(Opcode.gt.rawValue) ? v > k : c === \#(Opcode.ge.rawValue) ? v >= k : c === \#(Opcode.lt.rawValue) ? v < k : v <= k;
          st.push(t ? 1 : 0);
        }
      } else if (c === \#(Opcode.isOneOf.rawValue)) {
        v = row[o[1]];
        st.push(v === null || v === undefined ? 2 : (o[2].indexOf(v) >= 0 ? 1 : 0));
      } else if (c === \#(Opcode.not.rawValue)) {
        t = st[st.length - 1]; st[st.length - 1] = t === 2 ? 2 : 1 - t;
      } else {
        n = o[1]; r = c === \#(Opcode.and.rawValue) ? 1 : 0;
        for (j = st.length - n; j < st.length; j++) {
          t = st[j];
          if (c === \#(Opcode.and.rawValue)) { if (t === 0) { r = 0; break; } if (t === 2) { r = 2; } }
          else { if (t === 1) { r = 1; break; } if (t === 2) { r = 2; } }
        }
        st.length -= n; st.push(r);
      }
    }
    return st.length > 0 ? st[st.length - 1] : 2;
  }
  // 0 does not apply, 1 applies, 2 depends on an unanswered question, 3 overridden (例外/优先),
  // 4 not in force on `day` (yyyymmdd; omitted: every rule, as `weifa query` without --as-of).
  function standings(D, row, day) {
    var out = [], i, k;
    for (i = 0; i < D.rules.length; i++) {
      var R = D.rules[i];
      if (day && ((R.f && day < R.f) || (R.u && day >= R.u))) { out.push(4); continue; }
      var t = run(R.p, row);
      if (t === 1 && R.e.length > 0) { var e = run(R.e, row); if (e === 1) { t = 3; } else if (e === 2) { t = 2; } }
      out.push(t);
    }
    for (i = 0; i < out.length; i++) {
      if (out[i] !== 1) { continue; }
      var ov = D.ov[i];
      for (k = 0; k < ov.length; k++) { if (out[ov[k]] === 1) { out[ov[k]] = 3; } }
    }
    return out;
  }
  function idiv(a, b) { return Math.trunc(a / b); }
  function minCount(num, den, total, strict) {
    var p = num * total;
    if (!Number.isSafeInteger(p) || p > Number.MAX_SAFE_INTEGER - den) { return num > 0 && total > 0 ? Infinity : 0; }
    if (strict) { return p >= 0 ? idiv(p, den) + 1 : -idiv(-p, den) + ((-p) % den === 0 ? 1 : 0); }
    return p >= 0 ? idiv(p + den - 1, den) : -idiv(-p, den);
  }
  function pick(pool, quorum, c) {
    if (quorum) {
      if (pool === "m") { return [c.present, c.members, "到会", "成员"]; }
      if (pool === "h") { return [c.presentHouseholds, c.households, "到会户", "户"]; }
      return [c.present, c.present, "到会", "到会"];
    }
    if (pool === "r") { return [c.representatives == null ? null : (c.yesRepresentatives == null ? c.yes : c.yesRepresentatives), c.representatives, "赞成代表", "全体代表"]; }
    if (pool === "m") { return [c.yes, c.members, "赞成", "成员"]; }
    if (pool === "h") { return [c.yes, c.households, "赞成", "户"]; }
    return [c.yes, c.present, "赞成", "到会"];
  }
  function requirement(q, c) {
    var arith = [], results = [], i;
    for (i = 0; i < q.t.length; i++) {
      var T = q.t[i], x = pick(T.p, q.q, c), cnt = x[0], tot = x[1];
      if (cnt === null || cnt === undefined || tot === null || tot === undefined) {
        arith.push("「" + T.x + "」需要" + x[2] + "和" + x[3] + "的人数"); results.push(null); continue;
      }
      var need = minCount(T.n, T.d, tot, T.s), ok = cnt >= need;
      arith.push("「" + T.x + "」：" + x[3] + tot + "，需" + x[2] + "至少" + need + "，实为" + cnt + "，" + (ok ? "达到" : "未达到"));
      results.push(ok);
    }
    var met = results.indexOf(true) >= 0 ? true : (results.every(function (r) { return r === null; }) ? null : false);
    return { what: q.w, rule: q.r, source: q.s, met: met, arithmetic: arith };
  }
  function decide(spec, c) {
    var reqs = spec.r.map(function (q) { return requirement(q, c); });
    var stands = true;
    if (reqs.some(function (r) { return r.met === false; })) { stands = false; }
    else if (reqs.some(function (r) { return r.met === null; })) { stands = null; }
    return { requirements: reqs, stands: stands };
  }
  // ---- Reasons in plain words ----
  // A rule's program run again, keeping with each value the facts that made it so: an atom gives
  // its own fact, 且 that holds gives all its parts' facts and 且 that fails the first false one,
  // 或 the reverse; 非 keeps the facts (they are facts about the person, true either way).
  var NEG = {};
  NEG[\#(Opcode.eq.rawValue)] = \#(Opcode.ne.rawValue); NEG[\#(Opcode.ne.rawValue)] = \#(Opcode.eq.rawValue);
  NEG[\#(Opcode.gt.rawValue)] = \#(Opcode.le.rawValue); NEG[\#(Opcode.le.rawValue)] = \#(Opcode.gt.rawValue);
  NEG[\#(Opcode.ge.rawValue)] = \#(Opcode.lt.rawValue); NEG[\#(Opcode.lt.rawValue)] = \#(Opcode.ge.rawValue);
  function dayWords(d) { return Math.floor(d / 10000) + "年" + Math.floor(d / 100) % 100 + "月" + d % 100 + "日"; }
  // 是否党员 → 是党员 / 不是党员; 是否在本村居住 → 在本村居住 / 不在本村居住; 已获用火批准 → 未获用火批准.
  function boolWords(n, yes) {
    var r = n.indexOf("是否") === 0 ? n.slice(2) : n;
    var noun = /(员|户|人|者|属|代表|业主|理事|儿童|监护人)$/.test(r) && !/^(有|在|已|被|养|持有|出租)/.test(r);
    if (/期$/.test(r)) { return (yes ? "在" : "不在") + r; }
    if (yes) { return noun ? "是" + r : r; }
    if (noun) { return "不是" + r; }
    if (r.charAt(0) === "已") { return "未" + r.slice(1); }
    if (r.charAt(0) === "有") { return "没有" + r.slice(1); }
    if (r.charAt(0) === "被") { return "未" + r; }
    if (r.charAt(0) === "在") { return "不在" + r.slice(1); }
    var at = r.indexOf("在");
    if (at > 0) { return r.slice(0, at) + "不" + r.slice(at); }
    return "不" + r;
  }
  // One comparison, as what is true of the person (t: 1 it holds, 0 it does not).
  function fact(A, o, t) {
    var a = A[o[1]], c = o[0], k = o[2];
    if (a.t === "bool") {
      var yes = (c === \#(Opcode.eq.rawValue)) === (k === 1);
      return boolWords(a.n, t === 1 ? yes : !yes);
    }
    if (c === \#(Opcode.isOneOf.rawValue)) { c = t === 1 ? \#(Opcode.eq.rawValue) : \#(Opcode.ne.rawValue); }
    else if (t === 0) { c = NEG[c]; }
    if (a.t === "enum") {
      var vals = (Array.isArray(k) ? k : [k]).map(function (x) { return a.v[x]; });
      var loc = /(籍|地|地点)$/.test(a.n);
      return c === \#(Opcode.eq.rawValue) ? a.n + (loc ? "在" : "是") + vals.join("或") : a.n + (loc ? "不在" : "不是") + vals.join("、");
    }
    if (a.t === "date") {
      var d = dayWords(k);
      return a.n + [null, "是" + d, "不是" + d, "在" + d + "以后", "在" + d + "或以后", "在" + d + "以前", "在" + d + "或以前"][c];
    }
    var u = a.u || "", v = k / 1000;
    if (u === "周岁" || u === "岁") {
      // Whole years: 年龄 > 59 is 年满60周岁.
      if (c === \#(Opcode.gt.rawValue) && v === Math.floor(v)) { c = \#(Opcode.ge.rawValue); v += 1; }
      if (c === \#(Opcode.le.rawValue) && v === Math.floor(v)) { c = \#(Opcode.lt.rawValue); v += 1; }
      if (c === \#(Opcode.ge.rawValue)) { return "年满" + v + u; }
      if (c === \#(Opcode.lt.rawValue)) { return "不满" + v + u; }
    }
    return a.n + [null, "为", "不是", "超过", "达到", "不足", "不超过"][c] + v + u;
  }
  // { t: the program's value as `run` gives it, w: the facts behind it, in order, once each }.
  function explain(A, p, row) {
    var st = [], i, j;
    for (i = 0; i < p.length; i++) {
      var o = p[i], c = o[0], v;
      if (c === \#(Opcode.yes.rawValue)) { st.push({ t: 1, w: [] }); }
      else if (c >= \#(Opcode.eq.rawValue) && c <= \#(Opcode.isOneOf.rawValue)) {
        v = row[o[1]];
        if (v === null || v === undefined) { st.push({ t: 2, w: [] }); continue; }
        var t = run([o], row);
        st.push({ t: t, w: [{ s: o[1], c: t === 1 || c === \#(Opcode.isOneOf.rawValue) ? c : NEG[c], k: o[2], x: fact(A, o, t) }] });
      } else if (c === \#(Opcode.not.rawValue)) {
        var top = st[st.length - 1]; top.t = top.t === 2 ? 2 : 1 - top.t;
      } else {
        var n = o[1], parts = st.splice(st.length - n, n), and = c === \#(Opcode.and.rawValue);
        var r = and ? 1 : 0, w = [];
        for (j = 0; j < parts.length; j++) {
          if (and) { if (parts[j].t === 0) { r = 0; break; } if (parts[j].t === 2) { r = 2; } }
          else { if (parts[j].t === 1) { r = 1; break; } if (parts[j].t === 2) { r = 2; } }
        }
        var decisive = and ? 0 : 1;
        if (r === 1 - decisive) { parts.forEach(function (x) { w = w.concat(x.w); }); }
        else if (r === decisive) { w = parts.filter(function (x) { return x.t === decisive; })[0].w; }
        st.push({ t: r, w: w });
      }
    }
    var out = st.length > 0 ? st[st.length - 1] : { t: 2, w: [] };
    // Each fact once, and of two bounds on one number the stronger (年满80周岁, not also 年满60周岁).
    function lower(c) { return c === \#(Opcode.gt.rawValue) || c === \#(Opcode.ge.rawValue); }
    function upper(c) { return c === \#(Opcode.lt.rawValue) || c === \#(Opcode.le.rawValue); }
    var w = out.w.filter(function (f, a) {
      return !out.w.some(function (g, b) {
        if (b === a) { return false; }
        if (g.x === f.x) { return b < a; }
        if (g.s !== f.s || typeof f.k !== "number" || typeof g.k !== "number" || A[f.s].t === "bool") { return false; }
        if (lower(f.c) && lower(g.c)) { return g.k > f.k || (g.k === f.k && b < a); }
        if (upper(f.c) && upper(g.c)) { return g.k < f.k || (g.k === f.k && b < a); }
        return false;
      });
    });
    return { t: out.t, w: w.map(function (f) { return f.x; }) };
  }
  // Why rule i applies to the person: 「因为您年满80周岁、户籍在本村」, or 「适用于所有人」.
  function reason(D, i, row) {
    var e = explain(D.attrs, D.rules[i].p, row);
    return e.w.length ? "因为您" + e.w.join("、") : "适用于所有人";
  }
  var api = { run: run, standings: standings, decide: decide, minCount: minCount, explain: explain, reason: reason };
  if (typeof document === "undefined") { globalThis.WF = api; return; }

  // ---- The page ----
  var D = JSON.parse(document.getElementById("wf-data").textContent);
  var row = D.attrs.map(function () { return null; });
  var now = new Date(), today = now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
  var dayText = dayWords;
  var todayText = dayText(today);
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  /// A decimal typed by a person, ×1000 exactly (no floating point); null when it is not a number.
  function parseNum(s) {
    var m = /^\s*(-?)(\d+)(?:[.。](\d{0,3}))?\s*$/.exec(s);
    if (!m) { return null; }
    var frac = (m[3] || "") + "000";
    var v = parseInt(m[2], 10) * 1000 + parseInt(frac.slice(0, 3), 10);
    return m[1] === "-" ? -v : v;
  }
  function slotsOf(R) {
    var s = [];
    R.p.concat(R.e).forEach(function (o) { if (o[0] >= 1 && o[0] <= 7 && s.indexOf(o[1]) < 0) { s.push(o[1]); } });
    return s;
  }
  var ruleSlots = D.rules.map(slotsOf);
  var qbox = document.getElementById("wf-questions");
  D.ask.forEach(function (i) {
    var a = D.attrs[i], f = el("fieldset", "wf-q");
    f.id = "wf-q" + i;
    var name = "wf-a" + i;
    if (a.t === "enum" || a.t === "bool") {
      f.appendChild(el("legend", "", a.t === "bool" ? a.n + "？" : a.n));
      var opts = el("div", "wf-opts"), vals = a.t === "enum" ? a.v : ["是", "否"];
      vals.forEach(function (label, k) {
        var l = el("label"), inp = el("input");
        inp.type = "radio"; inp.name = name; inp.value = String(k);
        inp.addEventListener("change", function () { row[i] = a.t === "enum" ? k : (k === 0 ? 1 : 0); update(); });
        l.appendChild(inp); l.appendChild(document.createTextNode(label)); opts.appendChild(l);
      });
      f.appendChild(opts);
    } else {
      var lab = el("label", "wf-l", a.n + (a.u ? "（" + a.u + "）" : ""));
      lab.htmlFor = name;
      var inp = el("input");
      inp.id = name;
      if (a.t === "date") { inp.type = "date"; } else { inp.type = "text"; inp.setAttribute("inputmode", "decimal"); }
      inp.addEventListener("input", function () {
        if (a.t === "date") { row[i] = inp.value ? parseInt(inp.value.replace(/-/g, ""), 10) : null; }
        else { row[i] = parseNum(inp.value); }
        update();
      });
      f.appendChild(lab); f.appendChild(inp);
    }
    f.hidden = true;
    qbox.appendChild(f);
  });
  if (D.ask.length === 0) { qbox.appendChild(el("p", "wf-hint", "本规约的条款不取决于个人情况，都适用于每个人。")); }
  // The few questions that settle the most rules are asked first; the rest on demand. A question
  // once shown stays (it must not vanish while it is being answered).
  var FIRST = 3, showAll = false, shownOnce = {};
  var more = document.getElementById("wf-more");
  more.addEventListener("click", function () { showAll = !showAll; update(); });
  function reveal(i) {
    var f = document.getElementById("wf-q" + i);
    shownOnce[i] = true; f.hidden = false;
    var inp = f.querySelector("input");
    if (inp) { inp.focus(); }
    f.scrollIntoView({ block: "center" });
  }
  document.getElementById("wf-reset").addEventListener("click", function () {
    row = D.attrs.map(function () { return null; });
    qbox.querySelectorAll("input").forEach(function (x) { if (x.type === "radio") { x.checked = false; } else { x.value = ""; } });
    showAll = false; shownOnce = {};
    update();
  });
  // Benefits first: what a resident most wants to know.
  var kinds = [["享有", "您可以享受的待遇"], ["权利", "您的权利"], ["义务", "您应当做的（义务）"], ["禁止", "禁止您做的"]];
  var tags = { "享有": "待遇", "权利": "权利", "义务": "义务", "禁止": "禁止" };
  // Soft norms (提倡、倡导、鼓励) under their own heading, when the charter has any: encouraged, not required.
  if (D.rules.some(function (R) { return R.k === "倡导"; })) { kinds.push(["倡导", "倡导（提倡、鼓励，不作强制要求）"]); }
  tags["倡导"] = "倡导";
  // The short answer lists benefits first, then rights, duties and prohibitions; those the answers
  // decided before those that apply to everyone.
  var summaryOrder = ["享有", "权利", "义务", "禁止", "倡导"];
  function link(R) {
    var a = el("a", "", R.h || "条文");
    if (R.a) { a.href = "#" + R.a; }
    return a;
  }
  function update() {
    var s = standings(D, row, today), out = document.getElementById("wf-results");
    out.textContent = "";
    out.appendChild(el("p", "wf-why", "按今天（" + todayText + "）施行的条款计算。"));
    var pending = [], pendingCount = {};
    kinds.forEach(function (k) {
      var g = el("div", "wf-group"), ul = el("ul"), n = 0;
      g.appendChild(el("h3", "", k[1]));
      D.rules.forEach(function (R, i) {
        if (R.k !== k[0]) { return; }
        if (s[i] === 2) { pending.push(i); return; }
        if (s[i] !== 1) { return; }
        n++;
        var li = el("li");
        li.appendChild(link(R));
        li.appendChild(document.createTextNode(" " + R.x));
        if (R.m) { li.appendChild(document.createTextNode(" ")); li.appendChild(el("span", "wf-amt", R.m)); }
        li.appendChild(el("span", "wf-why", reason(D, i, row)));
        ul.appendChild(li);
      });
      if (n === 0) { ul.appendChild(el("li", "wf-why", "（暂无）")); }
      g.appendChild(ul); out.appendChild(g);
    });
    if (pending.length) {
      var g = el("div", "wf-group"), ul = el("ul");
      g.appendChild(el("h3", "", "还要回答问题才能确定的条款"));
      pending.forEach(function (i) {
        var R = D.rules[i], li = el("li");
        var need = ruleSlots[i].filter(function (x) { return row[x] === null; }).map(function (x) { pendingCount[x] = (pendingCount[x] || 0) + 1; return D.attrs[x].n; });
        li.appendChild(link(R));
        li.appendChild(document.createTextNode(" " + R.x));
        li.appendChild(el("span", "wf-why", "取决于：" + need.join("、")));
        ul.appendChild(li);
      });
      g.appendChild(ul); out.appendChild(g);
    }
    var overridden = D.rules.filter(function (R, i) { return s[i] === 3; });
    if (overridden.length) {
      var g2 = el("div", "wf-group"), ul2 = el("ul");
      g2.appendChild(el("h3", "", "因例外或优先条款不适用"));
      overridden.forEach(function (R) { var li = el("li"); li.appendChild(link(R)); li.appendChild(document.createTextNode(" " + R.x)); ul2.appendChild(li); });
      g2.appendChild(ul2); out.appendChild(g2);
    }
    var outOfForce = D.rules.filter(function (R, i) { return s[i] === 4; });
    if (outOfForce.length) {
      var g4 = el("div", "wf-group"), ul4 = el("ul");
      g4.appendChild(el("h3", "", "今天尚未施行或已经废止的条款"));
      outOfForce.forEach(function (R) {
        var li = el("li"); li.appendChild(link(R));
        li.appendChild(document.createTextNode(" " + R.x));
        li.appendChild(el("span", "wf-why", R.f && today < R.f ? "自" + dayText(R.f) + "起施行" : "自" + dayText(R.u) + "起废止"));
        ul4.appendChild(li);
      });
      g4.appendChild(ul4); out.appendChild(g4);
    }
    if (D.skip.length) {
      var g3 = el("div", "wf-group"), ul3 = el("ul");
      g3.appendChild(el("h3", "", "本页不能自动判断、请阅读原文的条款"));
      D.skip.forEach(function (R) { var li = el("li"); li.appendChild(link(R)); li.appendChild(document.createTextNode(" " + R.x)); ul3.appendChild(li); });
      g3.appendChild(ul3); out.appendChild(g3);
    }
    // The questions: those that settle the most undecided rules first (most first, then in the
    // order asked), answered ones, and the rest when asked for.
    var open = D.ask.filter(function (i) { return row[i] === null && (pendingCount[i] || 0) > 0; });
    open.sort(function (x, y) { return (pendingCount[y] - pendingCount[x]) || (D.ask.indexOf(x) - D.ask.indexOf(y)); });
    open.slice(0, FIRST).forEach(function (i) { shownOnce[i] = true; });
    var hiddenCount = 0;
    D.ask.forEach(function (i) {
      var f = document.getElementById("wf-q" + i);
      f.style.background = "";
      f.hidden = !(showAll || shownOnce[i] || row[i] !== null);
      if (f.hidden) { hiddenCount++; }
    });
    if (open.length) { document.getElementById("wf-q" + open[0]).style.background = "#fff6d8"; }
    more.hidden = hiddenCount === 0 && !showAll;
    more.textContent = showAll ? "只看要紧的问题" : "更多问题（还有" + hiddenCount + "个，可以不答）";
    summary(s, pending, open);
  }

  // The short answer at the top: what applies, with its reason, and what is still to answer.
  function summary(s, pending, open) {
    var box = document.getElementById("wf-summary"), need = document.getElementById("wf-need");
    box.textContent = ""; need.textContent = "";
    var items = [];
    D.rules.forEach(function (R, i) {
      if (s[i] !== 1) { return; }
      var e = explain(D.attrs, R.p, row);
      items.push({ i: i, personal: e.w.length > 0, order: summaryOrder.indexOf(R.k) });
    });
    items.sort(function (x, y) { return (y.personal - x.personal) || (x.order - y.order) || (x.i - y.i); });
    if (items.length === 0) {
      box.appendChild(el("p", "wf-why", "回答下面的问题，这里会列出与您有关的义务、禁止事项、权利和待遇。"));
    } else {
      var ul = el("ul", "wf-short");
      items.slice(0, 3).forEach(function (it) {
        // One line for what it is (linked to its article), one for why: a phone shows three at once.
        var R = D.rules[it.i], li = el("li");
        li.appendChild(el("span", "wf-tag", tags[R.k] || R.k));
        var a = el("a", "", R.x.length > 14 ? R.x.slice(0, 13) + "…" : (R.x || R.h));
        if (R.a) { a.href = "#" + R.a; }
        li.appendChild(a);
        if (R.m) { li.appendChild(document.createTextNode(" ")); li.appendChild(el("span", "wf-amt", R.m)); }
        li.appendChild(el("span", "wf-why", reason(D, it.i, row) + "（" + (R.h.split("【")[0] || "条文") + "）"));
        ul.appendChild(li);
      });
      box.appendChild(ul);
      var all = el("a", "", "与您有关的共" + items.length + "条，查看全部 ↓");
      all.href = "#wf-all";
      var p = el("p", "wf-why"); p.appendChild(all); box.appendChild(p);
    }
    if (pending.length === 0) {
      need.appendChild(el("p", "wf-why", "不需要了：与您有关的条款都已确定。"));
      return;
    }
    var p2 = el("p", "wf-why", "还有" + pending.length + "条要看您的回答：");
    open.slice(0, 3).forEach(function (i, k) {
      if (k > 0) { p2.appendChild(document.createTextNode("、")); }
      var a = el("a", "", D.attrs[i].n);
      a.href = "#wf-q" + i;
      a.addEventListener("click", function (ev) { ev.preventDefault(); reveal(i); });
      p2.appendChild(a);
    });
    if (open.length > 3) { p2.appendChild(document.createTextNode("等" + open.length + "个问题")); }
    need.appendChild(p2);
  }

  // ---- Votes ----
  var vf = document.getElementById("wf-vote-form"), vr = document.getElementById("wf-vote-result");
  if (D.dec.length === 0) {
    document.getElementById("wf-vote").hidden = true;
  } else {
    var sel = el("select");
    sel.id = "wf-dec";
    D.dec.forEach(function (d, i) { var o = el("option", "", d.b + (d.mt ? "：" + d.mt : "（一般事项）")); o.value = String(i); sel.appendChild(o); });
    var sl = el("label", "wf-l", "会议和事项"); sl.htmlFor = "wf-dec";
    vf.appendChild(sl); vf.appendChild(sel);
    var fields = [["members", "应到人数（成员、组成人员总数）"], ["households", "总户数"], ["present", "实到人数"], ["presentHouseholds", "到会户数"], ["yes", "赞成票数"]];
    var inputs = {};
    fields.forEach(function (fd) {
      var l = el("label", "wf-l", fd[1]), inp = el("input");
      inp.type = "text"; inp.setAttribute("inputmode", "numeric"); inp.id = "wf-v-" + fd[0]; l.htmlFor = inp.id;
      inp.addEventListener("input", vote); inputs[fd[0]] = inp;
      var box = el("div", "wf-q"); box.appendChild(l); box.appendChild(inp); vf.appendChild(box);
    });
    sel.addEventListener("change", vote);
    function vote() {
      var c = {};
      fields.forEach(function (fd) { var m = /^\s*(\d+)\s*$/.exec(inputs[fd[0]].value); c[fd[0]] = m ? parseInt(m[1], 10) : null; });
      var r = decide(D.dec[parseInt(sel.value, 10)], c);
      vr.textContent = "";
      vr.appendChild(r.stands === true ? el("p", "wf-ok", "✔ 决定有效（到会人数和赞成票都达到要求）")
        : r.stands === false ? el("p", "wf-no", "✘ 决定不成立")
        : el("p", "wf-un", "还需要填写人数才能判断"));
      r.requirements.forEach(function (q) {
        vr.appendChild(el("p", "", q.what + "：" + q.rule + "（" + q.source + "）" + (q.met === true ? " ✔" : q.met === false ? " ✘" : " ？")));
        var ul = el("ul", "wf-arith");
        q.arithmetic.forEach(function (a) { ul.appendChild(el("li", "", a)); });
        vr.appendChild(ul);
      });
    }
    vote();
  }
  update();
  document.getElementById("wf-app").hidden = false;
  // Time to interactive, from navigation start, for the browser test.
  document.documentElement.setAttribute("data-wf-ready", String(Math.round(performance.now())));
  })();
  """#
}
