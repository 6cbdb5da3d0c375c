/*===- nbc-c/NBC.h - The nbc C API --------------------------------*- C -*-===*\
|*                                                                            *|
|* Umbrella header of libNBC-C: the dialect (types, attributes, builders),   *|
|* the compiler (pipeline, JIT, calls, inspection, AOT) and the ABI of        *|
|* compiled kernels. See docs/CAPI.md.                                        *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef NBC_C_NBC_H
#define NBC_C_NBC_H

#include "nbc-c/ABI.h"
#include "nbc-c/Compiler.h"
#include "nbc-c/Dialect.h"
#include "nbc-c/Lists.h"
#include "nbc-c/Dicts.h"
#include "nbc-c/Typing.h"

#endif /* NBC_C_NBC_H */
