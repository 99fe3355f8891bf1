//! The object layout the property stencils read (`get_named`, `set_named`,
//! `get_index`, `set_index`), checked here against the heap: the constants
//! live in `abi.rs` because the build script assembles with them, and the
//! heap's types are not part of the build script.

use super::abi::*;
use crate::heap::object::{
    ElementsKind, ARRAY, FROZEN, LENGTH_READONLY, NOT_EXTENSIBLE, OFFSET_ELEMENTS, OFFSET_ELEMENTS_LEN, OFFSET_FLAGS,
    OFFSET_KIND,
};
use crate::heap::object::{MAPPED, OFFSET_LENGTH, OFFSET_SHAPE, OFFSET_SLOTS};
use crate::heap::{JsObject, Payload, OBJECT_PAYLOAD_OFFSET};
use crate::value::TAG_PTR;

/// The displacement from an object value to payload field `offset`.
const fn disp(offset: usize) -> i32 {
    (OBJECT_PAYLOAD_OFFSET as i64 - TAG_PTR as i64 + offset as i64) as i32
}

const _: () = {
    assert!(PTR_TAG == TAG_PTR);
    assert!(OBJECT_TAG == <JsObject as Payload>::TAG);
    assert!(CELL_HEADER as usize == OBJECT_PAYLOAD_OFFSET);
    // The kind tag is the header's first byte (asserted in `heap`).
    assert!(OBJ_TAG_DISP == -(TAG_PTR as i32));
    assert!(OBJ_SHAPE_DISP == disp(OFFSET_SHAPE));
    assert!(OBJ_SLOTS_DISP == disp(OFFSET_SLOTS));
    assert!(OBJ_ELEMENTS_DISP == disp(OFFSET_ELEMENTS));
    assert!(OBJ_ELEMENTS_LEN_DISP == disp(OFFSET_ELEMENTS_LEN));
    assert!(OBJ_FLAGS_DISP == disp(OFFSET_FLAGS));
    assert!(OBJ_KIND_DISP == disp(OFFSET_KIND));
    assert!(OBJ_LENGTH_DISP == disp(OFFSET_LENGTH));
    assert!(OBJ_FROZEN == FROZEN);
    assert!(OBJ_NOT_EXTENSIBLE == NOT_EXTENSIBLE);
    assert!(OBJ_LENGTH_READONLY == LENGTH_READONLY);
    // Strings: their tag and where their length is.
    assert!(STRING_TAG == <crate::heap::JsStr as Payload>::TAG);
    assert!(CELL_HEADER as usize == crate::heap::STRING_PAYLOAD_OFFSET);
    assert!(
        STR_LEN_DISP
            == (CELL_HEADER as i64 - TAG_PTR as i64) as i32 + std::mem::offset_of!(crate::heap::JsStr, len) as i32
    );
    assert!(
        STR_BUF_DISP == (CELL_HEADER as i64 - TAG_PTR as i64) as i32 + crate::heap::string::JSSTR_BUF_OFFSET as i32
    );
    assert!(
        STR_START_DISP == (CELL_HEADER as i64 - TAG_PTR as i64) as i32 + crate::heap::string::JSSTR_START_OFFSET as i32
    );
    assert!(RC_VALUE_OFFSET as usize == crate::heap::string::BUF_HEADER_OFFSET);
    assert!(BUF_UNITS as usize == crate::heap::string::BUF_UNITS_OFFSET);
    assert!(STRBUF_WIDE as usize == crate::heap::string::STRBUF_WIDE_OFFSET);
    assert!(OBJ_ARRAY == ARRAY);
    assert!(OBJ_MAPPED == MAPPED);
    assert!(KIND_PACKED == ElementsKind::Packed as u8);
    assert!(KIND_HOLEY == ElementsKind::Holey as u8);
    assert!(KIND_DOUBLE_MASK == 1 << ElementsKind::PackedDouble as u8 | 1 << ElementsKind::HoleyDouble as u8);
    assert!(HOLE_NAN == crate::heap::object::HOLE_NAN_BITS);
    assert!(CANONICAL_NAN == crate::heap::object::CANONICAL_NAN_BITS);
    // The write barrier's header byte, ages and chunk dirty byte.
    assert!(OBJ_AGE_DISP == (crate::heap::OBJ_AGE_OFFSET as i64 - TAG_PTR as i64) as i32);
    assert!(AGE_OLD == crate::heap::AGE_OLD && AGE_REMEMBERED == crate::heap::AGE_REMEMBERED);
    assert!(CHUNK_MASK as i64 == -(crate::heap::CHUNK_SIZE as i64));
    assert!(CHUNK_DIRTY as usize == crate::heap::CHUNK_DIRTY);
    // The call stencil's frame-link store (`Slots::with_links`).
    assert!(LINK_OFFSET as usize == crate::vm::STACK_SLOTS * 8);
    // Doubles: their tag, cell, header word and payload; the LAB's fields.
    assert!(DOUBLE_TAG == <f64 as Payload>::TAG);
    // Objects allocated inline: their cell, and where a copy's inline slots are.
    assert!(OBJECT_CELL as usize == crate::heap::OBJECT_CELL);
    assert!(WIDE_CELL as usize == crate::heap::WIDE_CELL);
    assert!(OBJ_INLINE_DISP == disp(crate::heap::object::OFFSET_INLINE));
    assert!(DOUBLE_CELL as usize == crate::heap::DOUBLE_CELL);
    assert!(DOUBLE_HEADER_LO as u64 | (DOUBLE_HEADER_HI as u64) << 32 == crate::heap::DOUBLE_HEADER);
    assert!(DOUBLE_VALUE_DISP == (crate::heap::DOUBLE_PAYLOAD_OFFSET as i64 - TAG_PTR as i64) as i32);
    assert!(DOUBLE_OWNED_DISP == (crate::heap::OWNED_OFFSET as i64 - TAG_PTR as i64) as i32);
    assert!(OWNED_BOX == crate::heap::OWNED_BOX);
    assert!(
        DOUBLE_HEADER_LO as u64 | ((DOUBLE_HEADER_HI | OWNED_HI_BIT) as u64) << 32 == crate::heap::OWNED_DOUBLE_HEADER
    );
    assert!(LAB_TOP as usize == std::mem::offset_of!(crate::heap::Lab, top));
    assert!(LAB_LIMIT as usize == std::mem::offset_of!(crate::heap::Lab, limit));
    // Inline-cache entries, scanned by `get_named`'s cold part.
    {
        use crate::bytecode::{IcEntry, IcKind, IC_WAYS};
        use std::mem::{offset_of, size_of};
        assert!(IC_WAYS_ABI as usize == IC_WAYS);
        assert!(IC_ENTRY_SIZE as usize == size_of::<IcEntry>());
        assert!(size_of::<std::cell::Cell<IcEntry>>() == size_of::<IcEntry>());
        assert!(IC_SHAPE as usize == offset_of!(IcEntry, shape));
        assert!(IC_SLOT as usize == offset_of!(IcEntry, slot));
        assert!(IC_KIND as usize == offset_of!(IcEntry, kind));
        assert!(IC_HOLDER as usize == offset_of!(IcEntry, holder));
        assert!(IC_HOLDER_SHAPE as usize == offset_of!(IcEntry, holder_shape));
        assert!(IC_MIDS as usize == offset_of!(IcEntry, mids));
        assert!(IC_MID_OBJS as usize == offset_of!(IcEntry, mid_objs));
        assert!(IC_KIND_OWN == IcKind::Own as u8);
        assert!(IC_KIND_PROTO == IcKind::Proto as u8);
        assert!(IC_KIND_OWN_GETTER == IcKind::OwnGetter as u8);
        assert!(IC_KIND_ADD == IcKind::Add as u8);
        assert!(INLINE_SLOTS as usize == crate::heap::object::INLINE);
        assert!(IC_KIND_PROTO_GETTER == IcKind::ProtoGetter as u8);
        assert!(PAIR_GETTER_DISP == disp(crate::heap::object::OFFSET_ENV));
    }
    // Polymorphic cases, read by `get_named`'s cold part.
    {
        use super::code::PolyCase;
        use std::mem::{offset_of, size_of};
        assert!(POLY_CASE_SIZE as usize == size_of::<PolyCase>());
        assert!(size_of::<std::cell::Cell<PolyCase>>() == size_of::<PolyCase>());
        assert!(POLY_SHAPE as usize == offset_of!(PolyCase, shape));
        assert!(POLY_MID_WORDS as usize == offset_of!(PolyCase, mid_words));
        assert!(POLY_MID_SHAPES as usize == offset_of!(PolyCase, mid_shapes));
        assert!(POLY_HOLDER as usize == offset_of!(PolyCase, holder));
        assert!(POLY_HOLDER_SHAPE as usize == offset_of!(PolyCase, holder_shape));
        assert!(POLY_SLOT8 as usize == offset_of!(PolyCase, slot8));
        assert!(POLY_FLAGS as usize == offset_of!(PolyCase, flags));
    }
};
