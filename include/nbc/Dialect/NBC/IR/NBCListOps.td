//===- NBCListOps.td - Homogeneous lists -------------------*- tablegen -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCLISTOPS_TD
#define NBC_DIALECT_NBC_IR_NBCLISTOPS_TD

include "nbc/Dialect/NBC/IR/NBCTypes.td"
include "nbc/Dialect/NBC/IR/NBCAttrs.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

class NBC_ListOp<string mnemonic, list<Trait> traits = []>
    : NBC_Op<mnemonic, traits # [
          DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]>;

class NBC_ListElementMatches<string listName, string valueName>
    : TypesMatchWith<valueName # " is the list's element type", listName, valueName,
                     "::llvm::cast<::mlir::nbc::ListType>($_self)"
                     ".getElementType()">;

def NBC_ListNewOp : NBC_ListOp<"list_new"> {
  let summary = "new empty list (`[]`), with an optional capacity";
  let description = [{
    An empty list. The optional `capacity` reserves room for that many
    items (a hint: a negative one counts as 0); `nbc.list_append` grows the
    list past it. An allocation the allocator refuses raises `MemoryError`.

    ```mlir
    %l = nbc.list_new : !nbc.list<f64>
    %m = nbc.list_new(%n : si64) : !nbc.list<si64>
    ```
  }];
  let arguments = (ins Optional<NBC_Int>:$capacity);
  let results = (outs NBC_List:$result);
  let assemblyFormat = "(`(` $capacity^ `:` type($capacity) `)`)? attr-dict "
                       "`:` qualified(type($result))";
}

def NBC_ListAppendOp : NBC_ListOp<"list_append", [
    AllTypesMatch<["list", "result"]>,
    NBC_ListElementMatches<"list", "value">]> {
  let summary = "`l.append(x)`: the list with `x` at its end";
  let description = [{
    Appends `value`. When the buffer is full the items move to one of twice
    the capacity (at least 8 items), so the result is the list from now on
    and `list` must not be used again. An allocation the allocator refuses
    raises `MemoryError`. An array item is copied into the list's buffer
    (the list owns its items; see `!nbc.list`).

    ```mlir
    %l2 = nbc.list_append %l, %x : !nbc.list<f64>
    ```
  }];
  let arguments = (ins NBC_List:$list, NBC_ListItem:$value);
  let results = (outs NBC_List:$result);
  let assemblyFormat = "$list `,` $value attr-dict `:` qualified(type($list))";
}

def NBC_ListLenOp : NBC_ListOp<"list_len"> {
  let summary = "`len(l)`";
  let description = [{
    ```mlir
    %n = nbc.list_len %l : !nbc.list<f64>
    ```
  }];
  let arguments = (ins NBC_List:$list);
  let results = (outs SI64:$result);
  let assemblyFormat = "$list attr-dict `:` qualified(type($list))";
  let builders = [OpBuilder<(ins "::mlir::Value":$list)>];
}

def NBC_ListGetOp : NBC_ListOp<"list_get", [
    NBC_ListElementMatches<"list", "result">]> {
  let summary = "`l[i]` with Python indexing";
  let description = [{
    A negative index counts from the end; an index out of range raises
    `IndexError("list index out of range")`. An array item is a view of
    the list's copy: writes through it change the item.

    ```mlir
    %x = nbc.list_get %l[%i] : !nbc.list<f64>, si64
    ```
  }];
  let arguments = (ins NBC_List:$list, NBC_Int:$index);
  let results = (outs NBC_ListItem:$result);
  let assemblyFormat = "$list `[` $index `]` attr-dict `:` "
                       "qualified(type($list)) `,` type($index)";
}

def NBC_ListSetOp : NBC_ListOp<"list_set", [
    NBC_ListElementMatches<"list", "value">]> {
  let summary = "`l[i] = x` with Python indexing";
  let description = [{
    Replaces an item in place; indexing and its `IndexError("list
    assignment index out of range")` as Python's. An array is copied in:
    over the old item's data when it fits there, else at the end of the
    data area, which may move the list to a bigger buffer; so a list of
    arrays gets a result, the list from now on (as `nbc.list_append`), and
    a list of scalars none.

    ```mlir
    nbc.list_set %x, %l[%i] : !nbc.list<f64>, si64
    %l2 = nbc.list_set %a, %m[%i] : !nbc.list<memref<?xf64>>, si64 -> !nbc.list<memref<?xf64>>
    ```
  }];
  let arguments = (ins NBC_ListItem:$value, NBC_List:$list, NBC_Int:$index);
  let results = (outs Optional<NBC_List>:$result);
  let assemblyFormat = "$value `,` $list `[` $index `]` attr-dict `:` "
                       "qualified(type($list)) `,` type($index) "
                       "(`->` qualified(type($result))^)?";
  let hasVerifier = 1;
}

def NBC_ListPopOp : NBC_ListOp<"list_pop", [
    NBC_ListElementMatches<"list", "result">]> {
  let summary = "`l.pop()`: removes and returns the last item";
  let description = [{
    Shortens the list in place. An empty list raises
    `IndexError("pop from empty list")`. An array item comes back as a new
    array (a copy), and its room in the buffer is reused.

    ```mlir
    %x = nbc.list_pop %l : !nbc.list<f64>
    ```
  }];
  let arguments = (ins NBC_List:$list);
  let results = (outs NBC_ListItem:$result);
  let assemblyFormat = "$list attr-dict `:` qualified(type($list))";
}

def NBC_ListToArrayOp : NBC_ListOp<"list_to_array"> {
  let summary = "`np.array(l)`: a new 1-D array holding a copy of the items";
  let description = [{
    The result is a new contiguous array of the list's element type; the
    list is unchanged. The list holds scalars. An allocation the allocator refuses raises
    `MemoryError`.

    ```mlir
    %a = nbc.list_to_array %l : !nbc.list<f64> -> memref<?xf64>
    ```
  }];
  let arguments = (ins NBC_List:$list);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "$list attr-dict `:` qualified(type($list)) `->` "
                       "type($result)";
  let hasVerifier = 1;
}

def NBC_ListFromBufferOp : NBC_ListOp<"list_from_buffer"> {
  let summary = "the list held in a byte buffer a caller passed in";
  let description = [{
    How a kernel takes a list from outside (a Python list reflected by the
    dispatcher): `buffer` holds the list's own layout, the length as an
    int64 in bytes 0..8 and the items from byte 16, the capacity being what
    the bytes after the header hold. No copy: the list is the buffer until
    an append moves it; `nbc.list_buffer` gives the final one back. The
    list holds scalars or tuples of them (packed as the list's items are),
    or arrays (the caller packs copies of them in the layout of a list of
    arrays: header, slots, data; see `!nbc.list`).

    ```mlir
    %l = nbc.list_from_buffer %b : memref<?xsi8> -> !nbc.list<f64>
    ```
  }];
  let arguments = (ins NBC_Array:$buffer);
  let results = (outs NBC_List:$result);
  let assemblyFormat = "$buffer attr-dict `:` type($buffer) `->` "
                       "qualified(type($result))";
  let hasVerifier = 1;
}

def NBC_ListBufferOp : NBC_ListOp<"list_buffer"> {
  let summary = "the byte buffer holding a list (its length, then items)";
  let description = [{
    The inverse of `nbc.list_from_buffer`: what a kernel hands back to its
    caller, which reads the length from bytes 0..8 and the items from byte
    16 (a list of arrays: its own layout, see `!nbc.list`). No copy: the
    list must not be used afterwards.

    ```mlir
    %b = nbc.list_buffer %l : !nbc.list<f64> -> memref<?xsi8>
    ```
  }];
  let arguments = (ins NBC_List:$list);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "$list attr-dict `:` qualified(type($list)) `->` "
                       "type($result)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Tuples of scalars, the items of a list of tuples
//===----------------------------------------------------------------------===//

def NBC_MakeTupleOp : NBC_Op<"make_tuple", [Pure]> {
  let summary = "`(a, b, ...)`: a tuple of scalars, as a list item";
  let description = [{
    Groups scalars into a builtin `tuple` value, the item type of a list of
    tuples (`l.append((i, x))`). The result's field types are the operands'.

    ```mlir
    %t = nbc.make_tuple %i, %x : si64, f64 -> tuple<si64, f64>
    ```
  }];
  let arguments = (ins Variadic<NBC_Scalar>:$fields);
  let results = (outs NBC_ScalarTuple:$result);
  let assemblyFormat = "$fields attr-dict `:` type($fields) `->` type($result)";
  let hasVerifier = 1;
}

def NBC_TupleGetOp : NBC_Op<"tuple_get", [Pure]> {
  let summary = "field `index` of a tuple of scalars (`t[0]`)";
  let description = [{
    The frontend reads every field of a tuple taken from a list
    (`i, j = stack.pop()`); a constant index only, as Numba's for
    heterogeneous tuples.

    ```mlir
    %x = nbc.tuple_get %t[1] : tuple<si64, f64> -> f64
    ```
  }];
  let arguments = (ins NBC_ScalarTuple:$tuple, I64Attr:$index);
  let results = (outs NBC_Scalar:$result);
  let assemblyFormat = "$tuple `[` $index `]` attr-dict `:` type($tuple) `->` "
                       "type($result)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

#endif // NBC_DIALECT_NBC_IR_NBCLISTOPS_TD
