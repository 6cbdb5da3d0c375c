//===- Stubs.cpp - Pattern groups not written yet -------------------------===//
//
// Each populate function moves to its own file when its patterns land; until
// then ops of that group stay illegal and convert-nbc-to-standard reports
// them.
//
//===----------------------------------------------------------------------===//

#include "nbc/Conversion/NBCToStandard/NBCToStandard.h"

using namespace mlir;

void nbc::populateNBCParallelToSCFPatterns(const TypeConverter &,
                                           RewritePatternSet &) {}
void nbc::populateNBCArrayToMemRefPatterns(const TypeConverter &,
                                           RewritePatternSet &) {}
