// The peer of the batch benchmark: OpenFisca (PyPI `openfisca-core`) computing the same
// eligibility and benefit rules for the same population.
//
// The Python lives here as text so the package builds without warnings (SwiftPM would warn
// about unhandled .py files in a target); `weifa-bench --export-peer DIR` and `--peer PYTHON`
// write it out beside the data. Two files:
//
// - `weifa_peer/__init__.py`: a small OpenFisca country package. Its variables are built from
//   `spec.json`, the very spec the Weifa charter is generated from (Generator.swift): one input
//   variable per attribute, one formula per definition and per rule, and the output columns of
//   `weifa batch` as formulas over the rules.
// - `run_openfisca.py SPEC POPULATION OUT`: reads the population CSV, runs the simulation and
//   writes the same CSV `weifa batch` writes, then prints its timings as JSON.

package enum PeerSources {
  package static let files: [(String, String)] = [("weifa_peer/__init__.py", country), ("run_openfisca.py", runner)]

  static let country = #"""
"""A small OpenFisca country package for the Weifa benchmark.

Every variable is derived from spec.json, the specification the benchmark's Weifa charter is
generated from, so both engines compute the same rules:

- each attribute is an input variable of the person entity (float, bool, Enum or date);
- each definition is a bool variable with a formula;
- each rule has a bool variable `适用:<label>`: its subject and condition hold and its
  exception (除外) does not, and no rule that takes precedence over it (优先于, or a rule its
  除外 names) applies — Weifa's semantics for rules that are not themselves overridden, which
  the benchmark's spec guarantees;
- the output columns of `weifa batch` are variables too: counts per kind and totals per period.
"""
import numpy as np
from openfisca_core.entities import build_entity
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DateUnit
from openfisca_core.taxbenefitsystems import TaxBenefitSystem
from openfisca_core.variables import Variable

Person = build_entity(key="person", plural="persons", label="居民", is_person=True)
KINDS = ["义务", "禁止", "权利", "享有"]


def period_of(rule):
    """The period column a benefit's amount is totalled in, as weifa batch names it."""
    prefix = rule.get("amountPrefix") or ""
    return prefix if rule.get("amount") is not None and prefix.startswith("每") else "一次性"


def is_cap(rule):
    """Whether a rule's amount is a cap (不超过300元, 最多300元): the most a resident may get, not a
    sum granted. A total says what a resident is granted, so a cap is not added to it; the benefit
    is listed with its cap as written instead, as weifa batch lists it."""
    return rule.get("amount") is not None and (rule.get("amountPrefix") or "") in ("不超过", "最多")


def benefit_name(rule):
    """A benefit as the 享有项目 column names it: its label, and a cap with it."""
    if is_cap(rule):
        return "%s：%s%d元（上限）" % (rule["label"], rule["amountPrefix"], rule["amount"])
    return rule["label"]


class WeifaSystem(TaxBenefitSystem):
    def __init__(self, spec):
        super().__init__([Person])
        self.spec = spec
        self.enums = {}
        self.date_attrs = set()
        for a in spec["attributes"]:
            self.add_variable(self._input(a))
        for d in spec["definitions"]:
            self.add_variable(self._formula_variable("定义:" + d["name"], bool, self._compile(d["expr"])))
        rules = spec["rules"]
        by_label = {r["label"]: i for i, r in enumerate(rules)}
        # Who takes precedence over whom: 优先于 lists the rules a rule switches off; a 除外
        # that names rules is switched off by them.
        overriders = {i: [] for i in range(len(rules))}
        for x, r in enumerate(rules):
            for label in r["overrides"]:
                overriders[by_label[label]].append(x)
            for label in r["exceptLabels"]:
                overriders[x].append(by_label[label])
        for y, xs in overriders.items():
            for x in xs:
                assert not overriders[x], "the spec chains priorities; the peer's formulas assume it does not"
        for i, r in enumerate(rules):
            self.add_variable(self._formula_variable("条件:" + r["label"], bool, self._rule_condition(r)))
        for i, r in enumerate(rules):
            self.add_variable(self._formula_variable("适用:" + r["label"], bool, self._rule_applies(r, [rules[x]["label"] for x in overriders[i]])))
        # The output columns.
        for kind in KINDS:
            labels = [r["label"] for r in rules if r["kind"] == kind]
            self.add_variable(self._formula_variable("人数:" + kind, int, self._count(labels)))
        self.periods = []
        for r in rules:
            p = period_of(r)
            if p not in self.periods:
                self.periods.append(p)
        for p in self.periods:
            items = [(r["label"], r["amount"]) for r in rules
                     if r["kind"] == "享有" and period_of(r) == p and r["amount"] is not None and not is_cap(r)]
            for _, amount in items:
                assert isinstance(amount, int), "amounts are whole yuan"
            self.add_variable(self._formula_variable("合计:" + p, int, self._total(items)))
        self.benefits = [r["label"] for r in rules if r["kind"] == "享有"]
        self.benefit_names = [benefit_name(r) for r in rules if r["kind"] == "享有"]

    def _input(self, a):
        kind = a["type"]
        attrs = {"entity": Person, "definition_period": DateUnit.YEAR, "label": a["name"]}
        if kind == "number":
            attrs["value_type"] = float
        elif kind == "boolean":
            attrs["value_type"] = bool
        elif kind == "date":
            import datetime
            attrs["value_type"] = datetime.date
            self.date_attrs.add(a["name"])
        else:
            enum = Enum(a["name"], [(v, v) for v in a["values"]])
            self.enums[a["name"]] = enum
            attrs["value_type"] = Enum
            attrs["possible_values"] = enum
            attrs["default_value"] = list(enum)[0]
        return type(a["name"], (Variable,), attrs)

    @staticmethod
    def _formula_variable(name, value_type, formula):
        def f(person, period, parameters):
            return formula(person, period)
        return type(name, (Variable,), {"value_type": value_type, "entity": Person,
                                        "definition_period": DateUnit.YEAR, "label": name, "formula": f})

    def _compile(self, e):
        """A condition of the spec as a vectorised function of (person, period)."""
        op = e["op"]
        if op == "all":
            return lambda p, t: np.ones(p.count, dtype=bool)
        if op == "flag":
            name = e["attr"]
            return lambda p, t: p(name, t)
        if op == "def":
            name = "定义:" + e["name"]
            return lambda p, t: p(name, t)
        if op == "cmp":
            name, cmp, value = e["attr"], e["cmp"], e["value"]
            if name in self.date_attrs:
                value = np.datetime64("%04d-%02d-%02d" % (value // 10000, value // 100 % 100, value % 100))
            fn = {"==": np.equal, "!=": np.not_equal, ">=": np.greater_equal, ">": np.greater,
                  "<=": np.less_equal, "<": np.less}[cmp]
            return lambda p, t: fn(p(name, t), value)
        if op == "in":
            name, negated = e["attr"], e["negated"]
            members = [self.enums[name][v] for v in e["values"]]
            def member(p, t):
                arr = p(name, t)
                hit = np.zeros(p.count, dtype=bool)
                for m in members:
                    hit |= arr == m
                return ~hit if negated else hit
            return member
        if op == "and":
            parts = [self._compile(x) for x in e["args"]]
            def conj(p, t):
                out = parts[0](p, t)
                for q in parts[1:]:
                    out = out & q(p, t)
                return out
            return conj
        if op == "or":
            parts = [self._compile(x) for x in e["args"]]
            def disj(p, t):
                out = parts[0](p, t)
                for q in parts[1:]:
                    out = out | q(p, t)
                return out
            return disj
        if op == "not":
            inner = self._compile(e["arg"])
            return lambda p, t: ~inner(p, t)
        raise ValueError("unknown op " + op)

    def _rule_condition(self, r):
        parts = [self._compile(r["subject"])]
        if r["condition"] is not None:
            parts.append(self._compile(r["condition"]))
        exception = self._compile(r["except"]) if r["except"] is not None else None
        def f(p, t):
            out = parts[0](p, t)
            for q in parts[1:]:
                out = out & q(p, t)
            if exception is not None:
                out = out & ~exception(p, t)
            return out
        return f

    @staticmethod
    def _rule_applies(r, overriders):
        own = "条件:" + r["label"]
        others = ["条件:" + label for label in overriders]
        def f(p, t):
            out = p(own, t)
            for o in others:
                out = out & ~p(o, t)
            return out
        return f

    @staticmethod
    def _count(labels):
        def f(p, t):
            out = np.zeros(p.count, dtype=np.int32)
            for label in labels:
                out += p("适用:" + label, t)
            return out
        return f

    @staticmethod
    def _total(items):
        def f(p, t):
            out = np.zeros(p.count, dtype=np.int64)
            for label, amount in items:
                out += p("适用:" + label, t).astype(np.int64) * amount
            return out
        return f
"""#

  static let runner = #"""
"""Runs the OpenFisca peer: python run_openfisca.py SPEC POPULATION.csv OUT.csv

Reads the population, computes every rule for every resident with OpenFisca, and writes the
CSV `weifa batch` writes (编号, counts per kind, totals per period, the benefits that apply,
and the undecided count), then prints its timings as one JSON line.
"""
import json
import sys
import time

t_start = time.perf_counter()
import numpy as np
import pandas as pd
import openfisca_core
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.simulations import SimulationBuilder
from weifa_peer import WeifaSystem, KINDS

spec_path, population_path, out_path = sys.argv[1:4]
with open(spec_path, encoding="utf-8") as f:
    spec = json.load(f)
system = WeifaSystem(spec)
PERIOD = "2025"
t_system = time.perf_counter()

# Read the population, each column typed as it is read (pandas' C reader).
kinds = {"number": np.float64, "boolean": "category", "enum": "category", "date": str}
dtypes = {"编号": str}
for a in spec["attributes"]:
    dtypes[a["name"]] = kinds[a["type"]]
frame = pd.read_csv(population_path, dtype=dtypes, keep_default_na=False, encoding="utf-8")
count = len(frame)
simulation = SimulationBuilder().build_default_simulation(system, count)
for a in spec["attributes"]:
    column = frame[a["name"]]
    if a["type"] == "number":
        simulation.set_input(a["name"], PERIOD, column.to_numpy())
    elif a["type"] == "boolean":
        assert set(column.cat.categories) <= {"是", "否"}, "a yes/no column holds something else: " + a["name"]
        simulation.set_input(a["name"], PERIOD, (column == "是").to_numpy())
    elif a["type"] == "date":
        simulation.set_input(a["name"], PERIOD, column.to_numpy().astype("datetime64[D]"))
    else:
        codes = column.cat.set_categories(a["values"]).cat.codes.to_numpy()
        assert (codes >= 0).all(), "a value outside the enumeration of " + a["name"]
        simulation.set_input(a["name"], PERIOD, EnumArray(codes.astype(np.int16), system.enums[a["name"]]))
t_read = time.perf_counter()

# Compute.
counts = [simulation.calculate("人数:" + k, PERIOD) for k in KINDS]
totals = [simulation.calculate("合计:" + p, PERIOD) for p in system.periods]
applies = [simulation.calculate("适用:" + label, PERIOD) for label in system.benefits]
t_compute = time.perf_counter()

# The 享有项目 column: the benefits that apply, in rule order, joined with "；". Residents
# share few distinct combinations, so each combination is spelled once.
if applies:
    words = np.zeros((count, (len(applies) + 63) // 64), dtype=np.uint64)
    for i, a in enumerate(applies):
        words[:, i // 64] |= a.astype(np.uint64) << np.uint64(i % 64)
    keys = np.ascontiguousarray(words).view(np.dtype((np.void, words.shape[1] * 8))).ravel()
    combos, inverse = np.unique(keys, return_inverse=True)
    names = []
    for combo in combos:
        ws = np.frombuffer(combo.tobytes(), dtype=np.uint64)
        names.append("；".join(name for i, name in enumerate(system.benefit_names) if (int(ws[i // 64]) >> (i % 64)) & 1))
    benefit_column = np.array(names, dtype=object)[inverse.reshape(-1)]
else:
    benefit_column = np.full(count, "", dtype=object)
header = ["编号"] + KINDS + [p + "合计（元）" for p in system.periods] + ["享有项目", "尚不确定"]
columns = [frame["编号"].tolist()] + [c.astype(str).tolist() for c in counts] + [t.astype(str).tolist() for t in totals]
columns += [benefit_column.tolist(), ["0"] * count]
with open(out_path, "w", encoding="utf-8", newline="") as f:
    f.write(",".join(header) + "\n")
    f.writelines(",".join(row) + "\n" for row in zip(*columns))
t_end = time.perf_counter()

print(json.dumps({
    "openfisca_core": openfisca_core.__version__ if hasattr(openfisca_core, "__version__") else __import__("importlib.metadata").metadata.version("openfisca-core"),
    "residents": count,
    "rules": len(spec["rules"]),
    "import_and_system_seconds": t_system - t_start,
    "read_seconds": t_read - t_system,
    "compute_seconds": t_compute - t_read,
    "write_seconds": t_end - t_compute,
    "total_seconds": t_end - t_start,
}))
"""#
}
