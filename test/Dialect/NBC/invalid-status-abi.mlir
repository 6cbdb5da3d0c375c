// RUN: nbc-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{'nbc.status_abi' must be a unit attribute on a function}}
func.func private @f(i64) -> i64 attributes {nbc.status_abi = 1 : i64}

// -----

// expected-error @+1 {{'nbc.readonly_args' must be an array<i64: ...> of argument indices on a function}}
func.func private @g(i64) -> i64 attributes {nbc.readonly_args = [0]}

// -----

// expected-error @+1 {{'nbc.status_abi' must be a unit attribute on a function}}
%c = arith.constant {nbc.status_abi} 0 : i64
