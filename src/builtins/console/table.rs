//! `console.table(data, properties)`: node v20's table (lib/internal/
//! console/constructor.js `table` and lib/internal/cli_table.js), step for
//! step: a Map's keys and values, a Set's values, otherwise one row per
//! own enumerable key of `data` and one column per key of its rows (a
//! row that is a primitive goes in a `Values` column). Cells are
//! util.inspect'ed on one line, at depth 0 (an object row of more than two
//! keys at depth -1, so it reads `[Object]`), at most three array items;
//! they are left-aligned, padded to the widest cell of their column.

use crate::error::JsResult;
use crate::heap::shape::PropKey;
use crate::heap::ObjClass;
use crate::inspect::Options;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

use super::super::arg;

pub(super) fn table(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let data = arg(args, 0);
    let properties = arg(args, 1);
    // Not an object (a function is not one either): logged as it is.
    if data.as_object().is_none() || data.as_callable().is_some() {
        return super::log(vm, this, &[data]);
    }
    let (head, columns) = columns_of(vm, data, properties)?;
    let text = render(&head, &columns);
    crate::exec::write_line(vm, &text, false);
    Ok(Value::UNDEFINED)
}

/// A column: its cells by row (None: the row has no such cell).
type Column = Vec<Option<String>>;

fn columns_of(vm: &mut Vm, data: Value, properties: Value) -> JsResult<(Vec<String>, Vec<Column>)> {
    let iteration = |n: usize| (0..n).map(|i| Some(i.to_string())).collect::<Column>();
    if let Some(ObjClass::Collection(t, kind)) = data.as_object().map(|o| &o.class) {
        let entries = t.borrow().entries();
        let mut keys = Vec::new();
        let mut values = Vec::new();
        for (k, v) in &entries {
            if !kind.is_set() {
                keys.push(Some(cell(vm, *k)?));
            }
            values.push(Some(cell(vm, *v)?));
        }
        let index = iteration(entries.len());
        let head = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        return Ok(if kind.is_set() {
            (head(&["(iteration index)", "Values"]), vec![index, values])
        } else {
            (head(&["(iteration index)", "Key", "Values"]), vec![index, keys, values])
        });
    }
    let chosen: Option<Vec<PropKey>> = match properties.as_object() {
        Some(_) if properties != Value::UNDEFINED => {
            let n = super::super::array_length_of(vm, properties)?;
            let mut keys = Vec::new();
            for i in 0..n {
                let k = property::get(vm, properties, PropKey::Index(i as u32))?;
                keys.push(property::to_key(vm, k)?);
            }
            Some(keys)
        }
        _ => None,
    };
    let rows = string_keys(vm, data)?;
    let mut map: Vec<(PropKey, Column)> = Vec::new();
    let mut values: Column = Vec::new();
    let mut has_primitives = false;
    for (i, &row_key) in rows.iter().enumerate() {
        let item = property::get(vm, data, row_key)?;
        let mut s = vm.scope();
        s.root(item);
        let primitive = item.as_object().is_none();
        if chosen.is_none() && primitive {
            has_primitives = true;
            values.resize(i + 1, None);
            values[i] = Some(cell(&mut s, item)?);
            continue;
        }
        let keys = match &chosen {
            Some(keys) => keys.clone(),
            None => string_keys(&mut s, item)?,
        };
        for key in keys {
            let at = match map.iter().position(|(k, _)| *k == key) {
                Some(at) => at,
                None => {
                    map.push((key, Vec::new()));
                    map.len() - 1
                }
            };
            let own = !primitive && item.as_object().is_some_and(|o| property::get_own(&mut s, o, key).is_some());
            let text = if own {
                let v = property::get(&mut s, item, key)?;
                cell(&mut s, v)?
            } else {
                String::new()
            };
            let column = &mut map[at].1;
            column.resize(column.len().max(i + 1), None);
            column[i] = Some(text);
        }
    }
    // The columns are the keys of an object made in this order: integer
    // keys first, ascending.
    map.sort_by_key(|(k, _)| match k {
        PropKey::Index(i) => (0, *i),
        PropKey::Name(_) => (1, 0),
    });
    let mut head = vec!["(index)".to_string()];
    let mut columns = vec![rows.iter().map(|&k| Some(property::key_text(vm, k))).collect::<Column>()];
    for (k, column) in map {
        head.push(property::key_text(vm, k));
        columns.push(column);
    }
    if has_primitives {
        head.push("Values".to_string());
        columns.push(values);
    }
    Ok((head, columns))
}

/// `Object.keys(v)`: own enumerable string keys.
fn string_keys(vm: &mut Vm, v: Value) -> JsResult<Vec<PropKey>> {
    let keys = super::super::object::own_keys_of(vm, v, true)?;
    Ok(keys.into_iter().filter(|k| !matches!(k, PropKey::Name(a) if vm.atoms.is_symbol(*a))).collect())
}

/// One cell: util.inspect on one line, depth 0, three array items; an
/// object (not an array) of more than two keys at depth -1.
fn cell(vm: &mut Vm, v: Value) -> JsResult<String> {
    let opts = Options { depth: Some(0), max_array_length: 3, break_length: i32::MAX as usize, ..Options::default() };
    let mut s = vm.scope();
    s.root(v);
    let shallow = match v.as_object() {
        Some(o) if o.callable().is_none() && !o.is_array() => string_keys(&mut s, v)?.len() > 2,
        _ => false,
    };
    if !shallow {
        return crate::show::inspect_with(&mut s, v, &opts);
    }
    // Depth -1: what depth 0 prints of it one level down, `[Object]`.
    let wrapped = s.new_array(vec![v]);
    s.root(wrapped);
    let text = crate::show::inspect_with(&mut s, wrapped, &opts)?;
    Ok(text.strip_prefix("[ ").and_then(|t| t.strip_suffix(" ]")).unwrap_or(&text).to_string())
}

/// cli_table.js's `table(head, columns)`.
fn render(head: &[String], columns: &[Column]) -> String {
    let width = crate::inspect::string_width;
    let mut widths: Vec<usize> = head.iter().map(|h| width(h)).collect();
    let longest = columns.iter().map(Vec::len).max().unwrap_or(0);
    let mut rows: Vec<Vec<&str>> = vec![Vec::new(); longest];
    for (i, column) in columns.iter().enumerate() {
        for (j, row) in rows.iter_mut().enumerate() {
            let value = column.get(j).and_then(|c| c.as_deref()).unwrap_or("");
            row.push(value);
            widths[i] = widths[i].max(width(value));
        }
    }
    let divider: Vec<String> = widths.iter().map(|w| "─".repeat(w + 2)).collect();
    let render_row = |row: &[&str]| {
        let cells: Vec<String> =
            row.iter().zip(&widths).map(|(c, w)| format!("{c}{}", " ".repeat(w - width(c)))).collect();
        format!("│ {} │", cells.join(" │ "))
    };
    let head_row: Vec<&str> = head.iter().map(String::as_str).collect();
    let mut out = format!("┌{}┐\n{}\n├{}┤\n", divider.join("┬"), render_row(&head_row), divider.join("┼"));
    for row in &rows {
        out.push_str(&render_row(row));
        out.push('\n');
    }
    out.push_str(&format!("└{}┘", divider.join("┴")));
    out
}
