"""The container half of the frontend's Builder: lists, tuples, dicts and
sets (nbc.list_*, nbc.make_tuple, nbc.dict_*), built in memory through
nbc._core.ir."""

from .. import types as T
from .._core import ir
from .values import TupleValue, Value


class ContainerBuilder:
    """Mixed into Builder: `self.block`, `self.loc`, `self.ty` are its."""

    # -- lists (nbc.list_*): an append returns the list from then on ----------
    def list_new(self, t, capacity, pos):
        return Value(ir.list_new(self.block, self.loc(pos), self.ty(t),
                                 0 if capacity is None else capacity.h), t)

    def list_append(self, lst, value, pos):
        return Value(ir.list_append(self.block, self.loc(pos), lst.h, value.h),
                     lst.type)

    def list_len(self, lst, pos):
        return Value(ir.list_len(self.block, self.loc(pos), lst.h), T.int64)

    def list_get(self, lst, index, pos):
        return self.list_item(ir.list_get(self.block, self.loc(pos), lst.h, index.h),
                              lst.type.dtype, pos)

    def list_item(self, h, dtype, pos):
        """An item read from a list: a tuple's fields as a TupleValue."""
        if not isinstance(dtype, T.Tuple):
            return Value(h, dtype)
        return TupleValue([Value(ir.tuple_get(self.block, self.loc(pos), h, k), t)
                           for k, t in enumerate(dtype.items)], cls=dtype.cls)

    def make_tuple(self, fields, pos):
        """nbc.make_tuple: a list of tuples' item from scalar `fields`."""
        t = T.Tuple([v.type for v in fields])
        return Value(ir.make_tuple(self.block, self.loc(pos), [v.h for v in fields]), t)

    def list_set(self, value, lst, index, pos):
        """A list of arrays comes back (it may move), a list of scalars not."""
        h = ir.list_set(self.block, self.loc(pos), value.h, lst.h, index.h)
        return Value(h, lst.type) if h else None

    def list_pop(self, lst, pos):
        return self.list_item(ir.list_pop(self.block, self.loc(pos), lst.h),
                              lst.type.dtype, pos)

    # -- dicts and sets (nbc.dict_*): an insertion returns the table ---------
    # A tuple key or value goes in as a TupleValue (built by nbc.make_tuple)
    # and comes out as one (list_item).
    def table_item(self, v, pos):
        if isinstance(v, TupleValue):
            return self.make_tuple(v.items, pos).h
        return v.h

    def dict_new(self, t, pos):
        return Value(ir.dict_new(self.block, self.loc(pos), self.ty(t)), t)

    def dict_insert(self, d, key, value, pos):
        return Value(ir.dict_insert(self.block, self.loc(pos), d.h,
                                    self.table_item(key, pos), self.table_item(value, pos)),
                     d.type)

    def set_add(self, s, key, pos):
        return Value(ir.set_add(self.block, self.loc(pos), s.h, self.table_item(key, pos)),
                     s.type)

    def dict_get(self, d, key, pos):
        return self.list_item(ir.dict_get(self.block, self.loc(pos), d.h,
                                          self.table_item(key, pos)),
                              d.type.value_type, pos)

    def dict_get_or(self, d, key, fallback, pos):
        return self.list_item(ir.dict_get_or(self.block, self.loc(pos), d.h,
                                             self.table_item(key, pos),
                                             self.table_item(fallback, pos)),
                              d.type.value_type, pos)

    def dict_contains(self, table, key, pos):
        return Value(ir.dict_contains(self.block, self.loc(pos), table.h,
                                      self.table_item(key, pos)), T.boolean)

    def dict_remove(self, table, key, required, pos):
        return Value(ir.dict_remove(self.block, self.loc(pos), table.h,
                                    self.table_item(key, pos), required), T.boolean)

    def dict_len(self, table, pos):
        return Value(ir.dict_len(self.block, self.loc(pos), table.h), T.int64)

    def dict_clear(self, table, pos):
        ir.dict_clear(self.block, self.loc(pos), table.h)

    def dict_copy(self, table, pos):
        return Value(ir.dict_copy(self.block, self.loc(pos), table.h), table.type)

    def dict_key_at(self, table, index, pos):
        return self.list_item(ir.dict_key_at(self.block, self.loc(pos), table.h, index.h),
                              table.type.key_type, pos)

    def dict_value_at(self, d, index, pos):
        return self.list_item(ir.dict_value_at(self.block, self.loc(pos), d.h, index.h),
                              d.type.value_type, pos)

    def list_from_buffer(self, buffer, t, pos):
        return Value(ir.list_from_buffer(self.block, self.loc(pos), buffer.h,
                                         self.ty(t)), t)

    def list_buffer(self, lst, pos):
        return Value(ir.list_buffer(self.block, self.loc(pos), lst.h),
                     T.Array(T.int8, 1))

    def list_to_array(self, lst, pos):
        t = T.Array(lst.type.dtype, 1)
        return Value(ir.list_to_array(self.block, self.loc(pos), lst.h), t)
