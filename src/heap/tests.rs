//! Unit tests of the heap and collector (also run under Miri).

use super::*;

/// A test-only kind holding two values, to trace through references.
pub struct Pair {
    pub a: Value,
    pub b: Value,
}

impl Trace for Pair {
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.a);
        t.mark(self.b);
    }
}

pub(crate) fn pair(v: Value) -> Option<&'static Pair> {
    payload::<Pair>(v)
}

/// Collects with `roots` as the only roots (a major collection: these
/// tests make heaps with generations off).
fn collect(heap: &mut Heap, roots: &[Value]) {
    let mut t = heap.start_collection();
    for &r in roots {
        t.mark(r);
    }
    heap.finish_collection(t);
}

fn full_heap() -> Heap {
    let mut heap = Heap::new(false);
    heap.generational = false;
    heap
}

#[test]
fn minor_collections_keep_old_objects_and_free_young_ones() {
    let mut heap = Heap::new(false);
    let old = heap.alloc(ObjKind::TestPair(Pair { a: Value::UNDEFINED, b: Value::UNDEFINED }));
    collect(&mut heap, &[old]);
    assert!(!heap.last_was_major());
    assert_eq!(heap.live(), 1);
    // Unreachable now, but old: a minor collection does not look at it.
    let young = heap.alloc(ObjKind::Double(1.5));
    collect(&mut heap, &[]);
    assert!(!heap.last_was_major());
    assert_eq!(heap.live(), 1, "the old pair stays, the young double goes");
    let _ = young;
    // A major collection clears the marks first and frees it.
    heap.generational = false;
    collect(&mut heap, &[]);
    assert!(heap.last_was_major());
    assert_eq!(heap.live(), 0);
}

#[test]
fn sizes_fit_their_classes() {
    assert_eq!(std::mem::size_of::<Obj>(), 8);
    assert_eq!(CLASSES[class_of(std::mem::size_of::<ObjCell<f64>>())], 16);
    assert_eq!(CLASSES[class_of(std::mem::size_of::<ObjCell<Rc<FuncProto>>>())], 16);
    assert!(std::mem::size_of::<ObjCell<JsStr>>() <= 32);
}

#[test]
fn marking_traces_through_references() {
    let mut heap = full_heap();
    // A chain root -> p1 -> p2 -> "leaf", plus garbage.
    let leaf = heap.alloc(ObjKind::Str(JsStr::new("leaf".into())));
    let d = heap.alloc(ObjKind::Double(0.5));
    let p2 = heap.alloc(ObjKind::TestPair(Pair { a: leaf, b: d }));
    let p1 = heap.alloc(ObjKind::TestPair(Pair { a: p2, b: Value::UNDEFINED }));
    let _garbage = heap.alloc(ObjKind::TestPair(Pair { a: leaf, b: p1 }));
    let _more = heap.alloc(ObjKind::Double(1.5));
    assert_eq!(heap.live(), 6);
    collect(&mut heap, &[p1]);
    assert_eq!(heap.live(), 4);
    assert_eq!(heap.stats.freed, 2);
    let p2 = pair(p1).unwrap().a;
    assert_eq!(pair(p2).unwrap().a.as_js_str().and_then(JsStr::as_ascii_str), Some("leaf"));
    assert_eq!(pair(p2).unwrap().b.as_double(), Some(0.5));
    collect(&mut heap, &[]);
    assert_eq!(heap.live(), 0);
}

#[test]
fn deep_chains_need_no_recursion() {
    let mut heap = full_heap();
    let n = if cfg!(miri) { 1_000 } else { 200_000 };
    let mut head = Value::NULL;
    for i in 0..n {
        head = heap.alloc(ObjKind::TestPair(Pair { a: head, b: Value::smi(i) }));
    }
    collect(&mut heap, &[head]);
    assert_eq!(heap.live(), n as usize);
    collect(&mut heap, &[]);
    assert_eq!(heap.live(), 0);
}

#[test]
fn freed_cells_are_reused_and_permanent_objects_stay() {
    let mut heap = full_heap();
    let k = heap.alloc_permanent(ObjKind::Str(JsStr::new("constant".into())));
    let a = heap.alloc(ObjKind::Double(2.5));
    collect(&mut heap, &[]);
    assert_eq!(k.as_js_str().and_then(JsStr::as_ascii_str), Some("constant"));
    let b = heap.alloc(ObjKind::Double(3.5));
    assert_eq!(a, b, "the freed cell is the next one handed out");
    assert_eq!(b.as_double(), Some(3.5));
}

#[test]
// 65,536 allocations and a 1 MiB string take minutes under Miri; the unsafe
// code it runs (allocation, collection) is what the other tests run too.
#[cfg_attr(miri, ignore)]
fn pacing_counts_bytes() {
    let mut heap = full_heap();
    assert!(!heap.wants_gc());
    // Small objects: a collection is due after a nursery's bytes.
    let doubles = heap.threshold / 16;
    for i in 0..doubles {
        assert!(!heap.wants_gc(), "due after {} doubles", i);
        heap.alloc(ObjKind::Double(0.5));
    }
    assert!(heap.wants_gc());
    // Live bytes set the next threshold: keep a big string alive.
    let big = heap.alloc(ObjKind::Str(JsStr::new("x".repeat(MIN_HEAP))));
    collect(&mut heap, &[big]);
    assert_eq!(heap.live(), 1);
    assert!(heap.threshold >= GROWTH * MIN_HEAP);
    assert_eq!(heap.stats.bytes_allocated, (doubles * 16 + 32) as u64);
    heap.charge(heap.threshold);
    assert!(heap.wants_gc());
}

#[test]
fn typed_views_check_the_kind() {
    let mut heap = full_heap();
    let d = heap.alloc(ObjKind::Double(-0.0));
    let s = heap.alloc(ObjKind::Str(JsStr::new("s".into())));
    assert!(d.as_double().is_some_and(|x| x == 0.0 && x.is_sign_negative()));
    assert_eq!(d.as_js_str().map(JsStr::len), None);
    assert_eq!(s.as_double(), None);
    assert!(s.as_function().is_none());
    assert_eq!(Value::smi(3).as_double(), None);
    assert!(Value::UNDEFINED.obj().is_none());
    assert_eq!(s.obj().map(Obj::tag), Some(<JsStr as Payload>::TAG));
}

/// An array's element buffer through every change of representation
/// (values, raw doubles, holes, sparse), collections and the sweep's drop:
/// the buffer is a vector taken apart in the object (`take_buf`/`put_buf`),
/// which Miri checks for leaks and double frees.
#[test]
fn element_buffers_follow_their_array() {
    let mut shapes = super::shape::Shapes::default();
    let shape = shapes.root(Value::NULL);
    let mut heap = full_heap();
    let a = heap.alloc(ObjKind::Object(JsObject::array(shape, vec![Value::smi(1), Value::smi(2)])));
    let o = a.as_object().unwrap();
    o.push(&mut heap, Value::smi(3));
    let d = heap.number(0.5);
    o.push(&mut heap, d); // to raw doubles
    assert!(o.elements_kind().is_double());
    o.set_index(&mut heap, 6, Value::smi(7)); // holes, still raw
    let s = heap.alloc(ObjKind::Str(super::string::JsStr::new("x".to_string())));
    o.set_index(&mut heap, 1, s); // back to values
    assert!(!o.elements_kind().is_double());
    assert_eq!(o.length(), 7);
    assert_eq!(o.get_index(&mut heap, 3).and_then(|v| v.as_number()), Some(0.5));
    assert_eq!(o.get_index(&mut heap, 4), None);
    o.set_length(2);
    assert_eq!(o.dense(&mut heap), vec![Value::smi(1), s]);
    collect(&mut heap, &[a]);
    assert_eq!(o.get_index(&mut heap, 1), Some(s), "the string is reached through the elements");
    o.set_index(&mut heap, 100_000, Value::smi(9)); // sparse
    assert_eq!(o.get_index(&mut heap, 100_000), Some(Value::smi(9)));
    o.replace_elements(vec![Value::smi(4), Value::HOLE]);
    assert_eq!(o.index_keys(), vec![0]);
    let b = heap.alloc(ObjKind::Object(JsObject::array(shape, Vec::new())));
    let bo = b.as_object().unwrap();
    for i in 0..10 {
        bo.push(&mut heap, Value::smi(i)); // the first push, then in place and growing
    }
    assert_eq!(bo.pop_dense(), Some(Value::smi(9)));
    assert_eq!(bo.dense_len(), 9);
    collect(&mut heap, &[]);
    assert_eq!(heap.live(), 0, "both arrays and their buffers are freed");
}
