(module
 (type $0 (func (param i32 i32 i32 i32 i32)))
 (type $1 (func (param i32 i32 i32 i32 i32 i32)))
 (type $2 (func (param i32 i32)))
 (type $3 (func))
 (type $4 (func (param i32 i32 i32 i32 i32 f64 f64 i32 i32 i32 i32 f64)))
 (type $5 (func (param i32 i32 i32 i32 i32 f32 f32 i32 i32 i32 i32 f32)))
 (type $6 (func (param i32 i32 i32 i32 i32 f64 f64)))
 (type $7 (func (param i32 i32 i32 i32 i32 f32 f32)))
 (import "env" "memory" (memory $0 1 65536))
 (global $assembly/descriptor/HEADER_WORDS i32 (i32.const 6))
 (global $assembly/descriptor/LAYER_WORDS i32 (i32.const 10))
 (global $assembly/pl/ENTRY_BYTES i32 (i32.const 48))
 (global $assembly/pl/invariant (mut v128) (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
 (global $assembly/fixed/FIXED_HEADER_WORDS i32 (i32.const 8))
 (global $assembly/fixed/FIXED_LAYER_WORDS i32 (i32.const 16))
 (export "nkRangeF64" (func $assembly/index/nkRangeF64))
 (export "nkRangeF32" (func $assembly/index/nkRangeF32))
 (export "forwardRangeF64" (func $assembly/index/forwardRangeF64))
 (export "forwardRangeF32" (func $assembly/index/forwardRangeF32))
 (export "averageF64" (func $assembly/index/averageF64))
 (export "averageF32" (func $assembly/index/averageF32))
 (export "serialRangeF64" (func $assembly/index/serialRangeF64))
 (export "serialRangeF32" (func $assembly/index/serialRangeF32))
 (export "HEADER_WORDS" (global $assembly/descriptor/HEADER_WORDS))
 (export "LAYER_WORDS" (global $assembly/descriptor/LAYER_WORDS))
 (export "ENTRY_BYTES" (global $assembly/pl/ENTRY_BYTES))
 (export "nkRangeFixed" (func $assembly/fixed/nkRangeFixed))
 (export "forwardRangeFixed" (func $assembly/fixed/forwardRangeFixed))
 (export "FIXED_HEADER_WORDS" (global $assembly/fixed/FIXED_HEADER_WORDS))
 (export "FIXED_LAYER_WORDS" (global $assembly/fixed/FIXED_LAYER_WORDS))
 (export "memory" (memory $0))
 (start $~start)
 (func $assembly/fixed/forwardRecord (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i64)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i64)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i64)
  (local $21 i64)
  (local $22 i32)
  (local $23 i32)
  (local $24 i64)
  (local $25 i64)
  local.get $0
  i32.load
  local.set $11
  local.get $0
  i64.load32_s offset=12
  local.set $5
  loop $for-loop|0
   local.get $6
   local.get $11
   i32.lt_s
   if
    local.get $0
    local.get $6
    i32.const 4
    i32.shl
    local.tee $3
    i32.const 8
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $12
    local.get $0
    local.get $3
    i32.const 10
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $13
    local.get $0
    local.get $3
    i32.const 11
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $14
    local.get $0
    local.get $3
    i32.const 14
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i64.load32_s
    local.set $15
    local.get $0
    local.get $3
    i32.const 18
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $16
    local.get $0
    local.get $3
    i32.const 19
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $17
    local.get $0
    local.get $3
    i32.const 20
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $18
    local.get $0
    local.get $3
    i32.const 21
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $2
    local.get $0
    local.get $3
    i32.const 22
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $7
    i32.const 1
    local.get $0
    local.get $3
    i32.const 12
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $9
    i32.shl
    i32.const 1
    i32.sub
    local.set $19
    local.get $0
    local.get $3
    i32.const 9
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $8
    i32.const 2
    i32.shl
    local.set $10
    i32.const 0
    local.set $3
    loop $for-loop|1
     local.get $3
     local.get $8
     i32.lt_s
     if
      local.get $7
      local.get $3
      i32.const 3
      i32.shl
      i32.add
      i64.const 0
      i64.store
      local.get $3
      i32.const 1
      i32.add
      local.set $3
      br $for-loop|1
     end
    end
    i32.const 0
    local.set $3
    loop $for-loop|2
     local.get $3
     local.get $12
     i32.lt_s
     if
      local.get $3
      i32.const 2
      i32.shl
      local.tee $4
      local.get $1
      i32.add
      i32.load
      local.get $14
      i32.sub
      local.tee $22
      local.get $9
      i32.shr_s
      local.set $23
      local.get $4
      local.get $17
      i32.add
      local.get $23
      i32.store
      local.get $4
      local.get $18
      i32.add
      local.get $19
      local.get $22
      i32.and
      i64.extend_i32_s
      local.tee $20
      i64.store32
      local.get $16
      local.get $3
      local.get $13
      i32.mul
      local.get $23
      i32.add
      local.get $10
      i32.mul
      i32.add
      local.set $22
      i32.const 0
      local.set $4
      loop $for-loop|3
       local.get $4
       local.get $8
       i32.lt_s
       if
        local.get $7
        local.get $4
        i32.const 3
        i32.shl
        i32.add
        local.tee $23
        local.get $23
        i64.load
        local.get $4
        i32.const 2
        i32.shl
        local.tee $23
        local.get $22
        i32.add
        i64.load32_s
        local.tee $21
        i64.add
        local.get $10
        local.get $22
        i32.add
        local.get $23
        i32.add
        i64.load32_s
        local.get $21
        i64.sub
        local.get $20
        i64.mul
        local.get $9
        i64.extend_i32_s
        i64.shr_s
        i64.add
        i64.store
        local.get $4
        i32.const 1
        i32.add
        local.set $4
        br $for-loop|3
       end
      end
      local.get $3
      i32.const 1
      i32.add
      local.set $3
      br $for-loop|2
     end
    end
    local.get $0
    local.get $6
    i32.const 4
    i32.shl
    local.tee $1
    i32.const 15
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.const 0
    i32.ne
    local.set $3
    local.get $0
    local.get $1
    i32.const 16
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i64.load32_s
    local.set $20
    local.get $0
    local.get $1
    i32.const 17
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i64.load32_s
    local.set $24
    i32.const 0
    local.set $1
    loop $for-loop|4
     local.get $1
     local.get $8
     i32.lt_s
     if
      local.get $20
      local.get $24
      local.get $7
      local.get $1
      i32.const 3
      i32.shl
      i32.add
      local.tee $4
      i64.load
      local.get $15
      i64.mul
      local.get $5
      i64.shr_s
      local.tee $21
      local.get $21
      local.get $24
      i64.gt_s
      select
      local.get $20
      local.get $21
      i64.gt_s
      select
      local.get $21
      local.get $3
      select
      local.set $25
      local.get $4
      local.get $25
      local.get $21
      i64.sub
      i64.store
      local.get $2
      local.get $1
      i32.const 2
      i32.shl
      i32.add
      local.get $25
      i64.store32
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|4
     end
    end
    local.get $2
    local.set $1
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
 )
 (func $~start
  v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
  global.set $assembly/pl/invariant
 )
 (func $assembly/index/serialRangeF64 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 f64) (param $6 f64) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 f64)
  (local $12 f64)
  (local $13 i32)
  (local $14 f64)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 f64)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 i32)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 f64)
  (local $54 i32)
  (local $55 v128)
  local.get $3
  local.get $4
  i32.lt_s
  if
   local.get $1
   local.set $20
   local.get $2
   local.set $22
   local.get $5
   local.set $21
   local.get $7
   local.set $23
   local.get $8
   local.set $24
   local.get $0
   local.tee $18
   i32.load offset=12
   local.set $34
   local.get $18
   local.get $18
   i32.load
   local.tee $38
   i32.const 10
   i32.mul
   local.tee $0
   i32.const 4
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.set $35
   local.get $18
   local.get $0
   i32.const 5
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.set $36
   local.get $18
   i32.load offset=56
   local.set $25
   local.get $18
   i32.load offset=16
   local.set $0
   local.get $18
   i32.load offset=20
   local.tee $1
   local.get $18
   i32.load offset=24
   local.tee $17
   i32.const 1
   i32.add
   i32.const -2
   i32.and
   i32.const 3
   i32.shl
   local.tee $40
   i32.add
   local.tee $13
   local.get $17
   i32.const 48
   i32.mul
   i32.add
   local.set $2
   local.get $18
   i32.load offset=44
   local.set $41
   local.get $18
   i32.load offset=40
   local.set $42
   local.get $20
   local.get $18
   i32.load offset=8
   i32.const 3
   i32.shl
   local.tee $39
   local.get $3
   local.tee $19
   i32.mul
   i32.add
   local.set $43
   local.get $18
   i32.load offset=48
   local.set $7
   local.get $18
   i32.load offset=52
   local.set $8
   local.get $13
   i32.const 0
   local.get $18
   i32.load offset=28
   i32.const 1
   i32.ne
   local.tee $37
   select
   local.set $44
   local.get $18
   i32.load offset=36
   local.tee $45
   local.get $18
   i32.load offset=32
   i32.const 3
   i32.shl
   local.tee $46
   i32.mul
   local.set $47
   local.get $17
   i32.const -2
   i32.and
   local.set $3
   local.get $45
   i32.const 1
   i32.sub
   f64.convert_i32_s
   f64x2.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $29
   local.get $45
   i32.const 2
   i32.sub
   f64.convert_i32_s
   f64x2.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $32
   local.get $46
   f64.convert_i32_u
   f64x2.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $48
   local.get $47
   f64.convert_i32_u
   f64.const 2
   f64.mul
   f64x2.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $49
   local.get $42
   f64.convert_i32_u
   f64.const 4503599627370496
   f64.add
   f64x2.splat
   local.get $42
   local.get $47
   i32.add
   f64.convert_i32_u
   f64.const 4503599627370496
   f64.add
   f64x2.replace_lane 1
   local.set $33
   loop $for-loop|1
    local.get $3
    local.get $15
    i32.gt_s
    if
     local.get $15
     i32.const 3
     i32.shl
     local.tee $26
     local.get $41
     i32.add
     local.set $27
     local.get $30
     local.get $26
     local.get $43
     i32.add
     v128.load
     local.tee $50
     local.get $27
     v128.load
     local.tee $51
     f64x2.le
     local.get $50
     local.get $27
     local.get $40
     i32.add
     v128.load
     f64x2.ge
     v128.or
     v128.or
     local.set $30
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.get $50
     local.get $51
     f64x2.sub
     local.get $27
     local.get $40
     i32.const 3
     i32.mul
     i32.add
     v128.load
     f64x2.mul
     f64x2.pmax
     local.get $29
     f64x2.pmin
     local.tee $50
     f64x2.floor
     local.get $32
     f64x2.pmin
     local.set $51
     local.get $8
     local.get $26
     i32.add
     local.get $50
     local.get $51
     f64x2.sub
     local.tee $50
     v128.store
     local.get $51
     local.get $48
     f64x2.mul
     local.get $33
     f64x2.add
     local.set $51
     local.get $33
     local.get $49
     f64x2.add
     local.set $33
     local.get $7
     local.get $15
     i32.const 2
     i32.shl
     i32.add
     local.get $51
     local.get $51
     i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
     v128.store64_lane 0
     local.get $44
     if
      local.get $44
      local.get $15
      i32.const 48
      i32.mul
      i32.add
      local.tee $26
      local.get $51
      v128.store32_lane 0
      local.get $26
      local.get $50
      local.get $50
      i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
      v128.store offset=16
      local.get $26
      v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
      local.get $50
      f64x2.sub
      local.tee $52
      local.get $52
      i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
      v128.store offset=32
      local.get $26
      i32.const 48
      i32.add
      local.get $51
      v128.store32_lane 2
      local.get $26
      local.get $50
      local.get $50
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      v128.store offset=64
      local.get $26
      local.get $52
      local.get $52
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      v128.store offset=80
     end
     local.get $15
     i32.const 2
     i32.add
     local.set $15
     br $for-loop|1
    end
   end
   local.get $30
   v128.any_true
   if
    i32.const 0
    local.set $15
    loop $for-loop|2
     local.get $3
     local.get $15
     i32.gt_s
     if
      local.get $15
      i32.const 3
      i32.shl
      local.tee $26
      local.get $41
      i32.add
      local.tee $27
      local.get $40
      i32.add
      f64.load
      local.set $12
      block $assembly/pl/adaptRange<f64>|inlined.8
       local.get $27
       f64.load
       local.tee $5
       local.get $26
       local.get $43
       i32.add
       f64.load
       local.tee $14
       f64.ge
       if
        local.get $14
        local.set $5
       else
        local.get $12
        local.get $14
        f64.le
        i32.eqz
        br_if $assembly/pl/adaptRange<f64>|inlined.8
        local.get $14
        local.set $12
       end
       local.get $27
       local.get $5
       local.get $12
       local.get $5
       f64.sub
       f64.const 0.01
       f64.mul
       local.tee $5
       f64.sub
       local.tee $14
       f64.store
       local.get $27
       local.get $40
       i32.add
       local.get $12
       local.get $5
       f64.add
       local.tee $5
       f64.store
       local.get $27
       local.get $40
       i32.const 1
       i32.shl
       i32.add
       local.get $5
       local.get $14
       f64.sub
       local.get $45
       i32.const 1
       i32.sub
       f64.convert_i32_s
       f64.div
       local.tee $5
       f64.store
       local.get $27
       local.get $40
       i32.const 3
       i32.mul
       i32.add
       f64.const 1
       local.get $5
       f64.div
       f64.store
      end
      local.get $15
      i32.const 1
      i32.add
      local.set $15
      br $for-loop|2
     end
    end
    local.get $45
    i32.const 1
    i32.sub
    f64.convert_i32_s
    f64x2.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $29
    local.get $45
    i32.const 2
    i32.sub
    f64.convert_i32_s
    f64x2.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $32
    local.get $46
    f64.convert_i32_u
    f64x2.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $33
    local.get $45
    local.get $46
    i32.mul
    local.tee $15
    f64.convert_i32_u
    f64.const 2
    f64.mul
    f64x2.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $48
    local.get $42
    f64.convert_i32_u
    f64.const 4503599627370496
    f64.add
    f64x2.splat
    local.get $15
    local.get $42
    i32.add
    f64.convert_i32_u
    f64.const 4503599627370496
    f64.add
    f64x2.replace_lane 1
    local.set $30
    i32.const 0
    local.set $15
    loop $for-loop|3
     local.get $3
     local.get $15
     i32.gt_s
     if
      local.get $15
      i32.const 3
      i32.shl
      local.tee $26
      local.get $41
      i32.add
      local.set $27
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $26
      local.get $43
      i32.add
      v128.load
      local.get $27
      v128.load
      f64x2.sub
      local.get $27
      local.get $40
      i32.const 3
      i32.mul
      i32.add
      v128.load
      f64x2.mul
      f64x2.pmax
      local.get $29
      f64x2.pmin
      local.tee $49
      f64x2.floor
      local.get $32
      f64x2.pmin
      local.set $50
      local.get $8
      local.get $26
      i32.add
      local.get $49
      local.get $50
      f64x2.sub
      local.tee $49
      v128.store
      local.get $50
      local.get $33
      f64x2.mul
      local.get $30
      f64x2.add
      local.set $50
      local.get $30
      local.get $48
      f64x2.add
      local.set $30
      local.get $7
      local.get $15
      i32.const 2
      i32.shl
      i32.add
      local.get $50
      local.get $50
      i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
      v128.store64_lane 0
      local.get $44
      if
       local.get $44
       local.get $15
       i32.const 48
       i32.mul
       i32.add
       local.tee $26
       local.get $50
       v128.store32_lane 0
       local.get $26
       local.get $49
       local.get $49
       i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
       v128.store offset=16
       local.get $26
       v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
       local.get $49
       f64x2.sub
       local.tee $51
       local.get $51
       i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
       v128.store offset=32
       local.get $26
       i32.const 48
       i32.add
       local.get $50
       v128.store32_lane 2
       local.get $26
       local.get $49
       local.get $49
       i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
       v128.store offset=64
       local.get $26
       local.get $51
       local.get $51
       i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
       v128.store offset=80
      end
      local.get $15
      i32.const 2
      i32.add
      local.set $15
      br $for-loop|3
     end
    end
   end
   local.get $9
   local.set $27
   local.get $10
   local.set $28
   local.get $4
   local.set $26
   loop $for-loop|4
    local.get $3
    local.get $17
    i32.lt_s
    if
     local.get $3
     i32.const 3
     i32.shl
     local.tee $9
     local.get $43
     i32.add
     f64.load
     local.set $14
     local.get $9
     local.get $41
     i32.add
     local.tee $4
     f64.load
     local.set $12
     local.get $4
     local.get $40
     i32.add
     f64.load
     local.set $5
     block $assembly/pl/adaptRange<f64>|inlined.9
      local.get $12
      local.get $14
      f64.ge
      if
       local.get $14
       local.set $12
      else
       local.get $5
       local.get $14
       f64.le
       i32.eqz
       br_if $assembly/pl/adaptRange<f64>|inlined.9
       local.get $14
       local.set $5
      end
      local.get $4
      local.get $12
      local.get $5
      local.get $12
      f64.sub
      f64.const 0.01
      f64.mul
      local.tee $12
      f64.sub
      local.tee $53
      f64.store
      local.get $4
      local.get $40
      i32.add
      local.get $5
      local.get $12
      f64.add
      local.tee $5
      f64.store
      local.get $4
      local.get $40
      i32.const 1
      i32.shl
      i32.add
      local.get $5
      local.get $53
      f64.sub
      local.get $45
      i32.const 1
      i32.sub
      f64.convert_i32_s
      f64.div
      local.tee $5
      f64.store
      local.get $4
      local.get $40
      i32.const 3
      i32.mul
      i32.add
      f64.const 1
      local.get $5
      f64.div
      f64.store
     end
     local.get $14
     local.get $9
     local.get $41
     i32.add
     local.tee $4
     f64.load
     f64.sub
     local.get $4
     local.get $40
     i32.const 3
     i32.mul
     i32.add
     f64.load
     f64.mul
     local.tee $12
     f64.const 0
     f64.lt
     if
      f64.const 0
      local.set $12
     end
     local.get $12
     local.get $45
     i32.const 1
     i32.sub
     f64.convert_i32_s
     local.tee $5
     f64.gt
     i32.eqz
     if
      local.get $12
      local.set $5
     end
     local.get $5
     i32.trunc_sat_f64_s
     local.tee $10
     local.get $45
     i32.const 2
     i32.sub
     local.tee $4
     i32.le_s
     if
      local.get $10
      local.set $4
     end
     local.get $7
     local.get $3
     i32.const 2
     i32.shl
     i32.add
     local.get $42
     local.get $3
     local.get $47
     i32.mul
     i32.add
     local.get $4
     local.get $46
     i32.mul
     i32.add
     local.tee $10
     i32.store
     local.get $8
     local.get $9
     i32.add
     local.get $5
     local.get $4
     f64.convert_i32_s
     f64.sub
     local.tee $5
     f64.store
     local.get $44
     local.get $3
     i32.const 48
     i32.mul
     i32.add
     i32.const 0
     local.get $44
     select
     local.tee $4
     if
      local.get $4
      local.get $10
      i32.store
      local.get $4
      local.get $5
      f64x2.splat
      v128.store offset=16
      local.get $4
      f64.const 1
      local.get $5
      f64.sub
      f64x2.splat
      v128.store offset=32
     end
     local.get $3
     i32.const 1
     i32.add
     local.set $3
     br $for-loop|4
    end
   end
   local.get $18
   i32.load offset=32
   i32.const 3
   i32.shl
   local.set $3
   local.get $18
   i32.load offset=56
   local.set $4
   local.get $18
   i32.load offset=4
   i32.const 0
   i32.ne
   local.set $9
   f64.const 1
   local.get $18
   i32.load offset=24
   local.tee $17
   f64.convert_i32_s
   f64.div
   f64x2.splat
   local.set $48
   i32.const 0
   local.set $10
   loop $for-loop|5
    local.get $10
    i32.const -64
    i32.sub
    local.get $3
    i32.le_u
    if
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $29
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $32
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $30
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $33
     i32.const 0
     local.set $15
     loop $for-loop|6
      local.get $15
      local.get $17
      i32.lt_s
      if
       local.get $7
       local.get $15
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.get $10
       i32.add
       local.tee $40
       local.get $3
       i32.add
       local.set $41
       local.get $29
       local.get $40
       v128.load
       local.tee $29
       local.get $41
       v128.load
       local.get $29
       f64x2.sub
       local.get $8
       local.get $15
       i32.const 3
       i32.shl
       i32.add
       v128.load64_splat
       local.tee $49
       f64x2.mul
       f64x2.add
       f64x2.add
       local.set $29
       local.get $32
       local.get $40
       v128.load offset=16
       local.tee $32
       local.get $41
       v128.load offset=16
       local.get $32
       f64x2.sub
       local.get $49
       f64x2.mul
       f64x2.add
       f64x2.add
       local.set $32
       local.get $30
       local.get $40
       v128.load offset=32
       local.tee $30
       local.get $41
       v128.load offset=32
       local.get $30
       f64x2.sub
       local.get $49
       f64x2.mul
       f64x2.add
       f64x2.add
       local.set $30
       local.get $33
       local.get $40
       v128.load offset=48
       local.tee $33
       local.get $41
       v128.load offset=48
       local.get $33
       f64x2.sub
       local.get $49
       f64x2.mul
       f64x2.add
       f64x2.add
       local.set $33
       local.get $15
       i32.const 1
       i32.add
       local.set $15
       br $for-loop|6
      end
     end
     local.get $4
     local.get $10
     i32.add
     local.tee $15
     local.get $29
     local.get $48
     f64x2.mul
     local.get $29
     local.get $9
     select
     v128.store
     local.get $15
     local.get $32
     local.get $48
     f64x2.mul
     local.get $32
     local.get $9
     select
     v128.store offset=16
     local.get $15
     local.get $30
     local.get $48
     f64x2.mul
     local.get $30
     local.get $9
     select
     v128.store offset=32
     local.get $15
     local.get $33
     local.get $48
     f64x2.mul
     local.get $33
     local.get $9
     select
     v128.store offset=48
     local.get $10
     i32.const -64
     i32.sub
     local.set $10
     br $for-loop|5
    end
   end
   block $assembly/forward/accumulateLayer<f64>|inlined.5
    local.get $18
    i32.load offset=28
    i32.const 1
    i32.eq
    if
     local.get $17
     i32.const -2
     i32.and
     local.set $3
     i32.const 0
     local.set $10
     loop $for-loop|7
      local.get $3
      local.get $10
      i32.gt_s
      if
       local.get $31
       local.get $7
       local.get $10
       i32.const 2
       i32.shl
       i32.add
       local.tee $15
       i32.load
       v128.load
       local.tee $29
       local.get $15
       i32.load offset=4
       v128.load
       local.tee $30
       i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
       local.tee $31
       local.get $29
       local.get $30
       i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
       local.get $31
       f64x2.sub
       local.get $8
       local.get $10
       i32.const 3
       i32.shl
       i32.add
       v128.load
       f64x2.mul
       f64x2.add
       f64x2.add
       local.set $31
       local.get $10
       i32.const 2
       i32.add
       local.set $10
       br $for-loop|7
      end
     end
     local.get $31
     f64x2.extract_lane 0
     local.set $5
     local.get $10
     local.get $17
     i32.lt_s
     if (result f64)
      local.get $5
      local.get $7
      local.get $10
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $3
      f64.load
      local.tee $5
      local.get $3
      f64.load offset=8
      local.get $5
      f64.sub
      local.get $8
      local.get $10
      i32.const 3
      i32.shl
      i32.add
      f64.load
      f64.mul
      f64.add
      f64.add
     else
      local.get $5
     end
     local.get $31
     f64x2.extract_lane 1
     f64.add
     local.set $5
     local.get $4
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.get $9
     if (result f64)
      local.get $5
      f64.const 1
      local.get $17
      f64.convert_i32_s
      f64.div
      f64.mul
     else
      local.get $5
     end
     f64x2.replace_lane 0
     v128.store
     br $assembly/forward/accumulateLayer<f64>|inlined.5
    end
    local.get $3
    local.get $10
    i32.sub
    i32.const 4
    i32.shr_u
    local.tee $15
    i32.const 1
    i32.eq
    if
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $29
     loop $for-loop|8
      local.get $16
      local.get $17
      i32.lt_s
      if
       local.get $29
       local.get $7
       local.get $16
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.get $10
       i32.add
       local.tee $15
       v128.load
       local.tee $29
       local.get $3
       local.get $15
       i32.add
       v128.load
       local.get $29
       f64x2.sub
       local.get $8
       local.get $16
       i32.const 3
       i32.shl
       i32.add
       v128.load64_splat
       f64x2.mul
       f64x2.add
       f64x2.add
       local.set $29
       local.get $16
       i32.const 1
       i32.add
       local.set $16
       br $for-loop|8
      end
     end
     local.get $4
     local.get $10
     i32.add
     local.get $29
     local.get $48
     f64x2.mul
     local.get $29
     local.get $9
     select
     v128.store
    else
     local.get $15
     i32.const 2
     i32.eq
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $32
      i32.const 0
      local.set $15
      loop $for-loop|9
       local.get $15
       local.get $17
       i32.lt_s
       if
        local.get $7
        local.get $15
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.get $10
        i32.add
        local.tee $16
        local.get $3
        i32.add
        local.set $40
        local.get $31
        local.get $16
        v128.load
        local.tee $29
        local.get $40
        v128.load
        local.get $29
        f64x2.sub
        local.get $8
        local.get $15
        i32.const 3
        i32.shl
        i32.add
        v128.load64_splat
        local.tee $29
        f64x2.mul
        f64x2.add
        f64x2.add
        local.set $31
        local.get $32
        local.get $16
        v128.load offset=16
        local.tee $30
        local.get $40
        v128.load offset=16
        local.get $30
        f64x2.sub
        local.get $29
        f64x2.mul
        f64x2.add
        f64x2.add
        local.set $32
        local.get $15
        i32.const 1
        i32.add
        local.set $15
        br $for-loop|9
       end
      end
      local.get $4
      local.get $10
      i32.add
      local.tee $3
      local.get $31
      local.get $48
      f64x2.mul
      local.get $31
      local.get $9
      select
      v128.store
      local.get $3
      local.get $32
      local.get $48
      f64x2.mul
      local.get $32
      local.get $9
      select
      v128.store offset=16
     else
      local.get $15
      i32.const 3
      i32.eq
      if
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $32
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $30
       i32.const 0
       local.set $15
       loop $for-loop|10
        local.get $15
        local.get $17
        i32.lt_s
        if
         local.get $7
         local.get $15
         i32.const 2
         i32.shl
         i32.add
         i32.load
         local.get $10
         i32.add
         local.tee $16
         local.get $3
         i32.add
         local.set $40
         local.get $31
         local.get $16
         v128.load
         local.tee $29
         local.get $40
         v128.load
         local.get $29
         f64x2.sub
         local.get $8
         local.get $15
         i32.const 3
         i32.shl
         i32.add
         v128.load64_splat
         local.tee $29
         f64x2.mul
         f64x2.add
         f64x2.add
         local.set $31
         local.get $32
         local.get $16
         v128.load offset=16
         local.tee $32
         local.get $40
         v128.load offset=16
         local.get $32
         f64x2.sub
         local.get $29
         f64x2.mul
         f64x2.add
         f64x2.add
         local.set $32
         local.get $30
         local.get $16
         v128.load offset=32
         local.tee $30
         local.get $40
         v128.load offset=32
         local.get $30
         f64x2.sub
         local.get $29
         f64x2.mul
         f64x2.add
         f64x2.add
         local.set $30
         local.get $15
         i32.const 1
         i32.add
         local.set $15
         br $for-loop|10
        end
       end
       local.get $4
       local.get $10
       i32.add
       local.tee $3
       local.get $31
       local.get $48
       f64x2.mul
       local.get $31
       local.get $9
       select
       v128.store
       local.get $3
       local.get $32
       local.get $48
       f64x2.mul
       local.get $32
       local.get $9
       select
       v128.store offset=16
       local.get $3
       local.get $30
       local.get $48
       f64x2.mul
       local.get $30
       local.get $9
       select
       v128.store offset=32
      end
     end
    end
   end
   loop $for-loop|11
    local.get $19
    local.get $26
    i32.lt_s
    if
     local.get $25
     local.set $3
     local.get $18
     i32.load
     local.set $41
     i32.const 1
     local.set $16
     loop $for-loop|12
      local.get $16
      local.get $41
      i32.lt_s
      if
       local.get $18
       local.get $16
       i32.const 10
       i32.mul
       local.tee $4
       i32.const 11
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $42
       local.get $18
       local.get $4
       i32.const 10
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $43
       local.get $18
       local.get $4
       i32.const 12
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $44
       local.get $18
       local.get $4
       i32.const 13
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $45
       local.get $18
       local.get $4
       i32.const 6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $46
       i32.const 1
       i32.add
       i32.const -2
       i32.and
       i32.const 3
       i32.shl
       local.set $47
       local.get $18
       local.get $4
       i32.const 9
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $54
       local.get $18
       local.get $4
       i32.const 8
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.const 3
       i32.shl
       local.tee $10
       i32.mul
       local.set $40
       local.get $46
       i32.const -2
       i32.and
       local.set $4
       local.get $54
       i32.const 1
       i32.sub
       f64.convert_i32_s
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $29
       local.get $54
       i32.const 2
       i32.sub
       f64.convert_i32_s
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $31
       local.get $10
       f64.convert_i32_u
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $32
       local.get $40
       f64.convert_i32_u
       f64.const 2
       f64.mul
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $48
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $30
       local.get $43
       f64.convert_i32_u
       f64.const 4503599627370496
       f64.add
       f64x2.splat
       local.get $40
       local.get $43
       i32.add
       f64.convert_i32_u
       f64.const 4503599627370496
       f64.add
       f64x2.replace_lane 1
       local.set $33
       i32.const 0
       local.set $17
       loop $for-loop|14
        local.get $4
        local.get $17
        i32.gt_s
        if
         local.get $17
         i32.const 3
         i32.shl
         local.tee $9
         local.get $42
         i32.add
         local.set $15
         local.get $30
         local.get $3
         local.get $9
         i32.add
         v128.load
         local.tee $49
         local.get $15
         v128.load
         local.tee $50
         f64x2.le
         local.get $49
         local.get $15
         local.get $47
         i32.add
         v128.load
         f64x2.ge
         v128.or
         v128.or
         local.set $30
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $49
         local.get $50
         f64x2.sub
         local.get $15
         local.get $47
         i32.const 3
         i32.mul
         i32.add
         v128.load
         f64x2.mul
         f64x2.pmax
         local.get $29
         f64x2.pmin
         local.tee $49
         f64x2.floor
         local.get $31
         f64x2.pmin
         local.set $50
         local.get $9
         local.get $45
         i32.add
         local.get $49
         local.get $50
         f64x2.sub
         v128.store
         local.get $50
         local.get $32
         f64x2.mul
         local.get $33
         f64x2.add
         local.set $49
         local.get $33
         local.get $48
         f64x2.add
         local.set $33
         local.get $44
         local.get $17
         i32.const 2
         i32.shl
         i32.add
         local.get $49
         local.get $49
         i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
         v128.store64_lane 0
         local.get $17
         i32.const 2
         i32.add
         local.set $17
         br $for-loop|14
        end
       end
       local.get $30
       v128.any_true
       if
        i32.const 0
        local.set $15
        loop $for-loop|15
         local.get $4
         local.get $15
         i32.gt_s
         if
          local.get $15
          i32.const 3
          i32.shl
          local.tee $9
          local.get $42
          i32.add
          local.tee $17
          local.get $47
          i32.add
          f64.load
          local.set $12
          block $assembly/pl/adaptRange<f64>|inlined.10
           local.get $17
           f64.load
           local.tee $5
           local.get $3
           local.get $9
           i32.add
           f64.load
           local.tee $14
           f64.ge
           if
            local.get $14
            local.set $5
           else
            local.get $12
            local.get $14
            f64.le
            i32.eqz
            br_if $assembly/pl/adaptRange<f64>|inlined.10
            local.get $14
            local.set $12
           end
           local.get $17
           local.get $5
           local.get $12
           local.get $5
           f64.sub
           f64.const 0.01
           f64.mul
           local.tee $5
           f64.sub
           local.tee $14
           f64.store
           local.get $17
           local.get $47
           i32.add
           local.get $12
           local.get $5
           f64.add
           local.tee $5
           f64.store
           local.get $17
           local.get $47
           i32.const 1
           i32.shl
           i32.add
           local.get $5
           local.get $14
           f64.sub
           local.get $54
           i32.const 1
           i32.sub
           f64.convert_i32_s
           f64.div
           local.tee $5
           f64.store
           local.get $17
           local.get $47
           i32.const 3
           i32.mul
           i32.add
           f64.const 1
           local.get $5
           f64.div
           f64.store
          end
          local.get $15
          i32.const 1
          i32.add
          local.set $15
          br $for-loop|15
         end
        end
        local.get $54
        i32.const 1
        i32.sub
        f64.convert_i32_s
        f64x2.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $29
        local.get $54
        i32.const 2
        i32.sub
        f64.convert_i32_s
        f64x2.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $31
        local.get $10
        f64.convert_i32_u
        f64x2.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $32
        local.get $10
        local.get $54
        i32.mul
        local.tee $9
        f64.convert_i32_u
        f64.const 2
        f64.mul
        f64x2.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $33
        local.get $43
        f64.convert_i32_u
        f64.const 4503599627370496
        f64.add
        f64x2.splat
        local.get $9
        local.get $43
        i32.add
        f64.convert_i32_u
        f64.const 4503599627370496
        f64.add
        f64x2.replace_lane 1
        local.set $30
        i32.const 0
        local.set $17
        loop $for-loop|16
         local.get $4
         local.get $17
         i32.gt_s
         if
          local.get $17
          i32.const 3
          i32.shl
          local.tee $9
          local.get $42
          i32.add
          local.set $15
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $3
          local.get $9
          i32.add
          v128.load
          local.get $15
          v128.load
          f64x2.sub
          local.get $15
          local.get $47
          i32.const 3
          i32.mul
          i32.add
          v128.load
          f64x2.mul
          f64x2.pmax
          local.get $29
          f64x2.pmin
          local.tee $48
          f64x2.floor
          local.get $31
          f64x2.pmin
          local.set $49
          local.get $9
          local.get $45
          i32.add
          local.get $48
          local.get $49
          f64x2.sub
          v128.store
          local.get $49
          local.get $32
          f64x2.mul
          local.get $30
          f64x2.add
          local.set $48
          local.get $30
          local.get $33
          f64x2.add
          local.set $30
          local.get $44
          local.get $17
          i32.const 2
          i32.shl
          i32.add
          local.get $48
          local.get $48
          i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
          v128.store64_lane 0
          local.get $17
          i32.const 2
          i32.add
          local.set $17
          br $for-loop|16
         end
        end
       end
       loop $for-loop|17
        local.get $4
        local.get $46
        i32.lt_s
        if
         local.get $4
         i32.const 3
         i32.shl
         local.tee $15
         local.get $3
         i32.add
         f64.load
         local.set $14
         local.get $15
         local.get $42
         i32.add
         local.tee $9
         f64.load
         local.set $12
         local.get $9
         local.get $47
         i32.add
         f64.load
         local.set $5
         block $assembly/pl/adaptRange<f64>|inlined.11
          local.get $12
          local.get $14
          f64.ge
          if
           local.get $14
           local.set $12
          else
           local.get $5
           local.get $14
           f64.le
           i32.eqz
           br_if $assembly/pl/adaptRange<f64>|inlined.11
           local.get $14
           local.set $5
          end
          local.get $9
          local.get $12
          local.get $5
          local.get $12
          f64.sub
          f64.const 0.01
          f64.mul
          local.tee $12
          f64.sub
          local.tee $53
          f64.store
          local.get $9
          local.get $47
          i32.add
          local.get $5
          local.get $12
          f64.add
          local.tee $5
          f64.store
          local.get $9
          local.get $47
          i32.const 1
          i32.shl
          i32.add
          local.get $5
          local.get $53
          f64.sub
          local.get $54
          i32.const 1
          i32.sub
          f64.convert_i32_s
          f64.div
          local.tee $5
          f64.store
          local.get $9
          local.get $47
          i32.const 3
          i32.mul
          i32.add
          f64.const 1
          local.get $5
          f64.div
          f64.store
         end
         local.get $14
         local.get $15
         local.get $42
         i32.add
         local.tee $9
         f64.load
         f64.sub
         local.get $9
         local.get $47
         i32.const 3
         i32.mul
         i32.add
         f64.load
         f64.mul
         local.tee $12
         f64.const 0
         f64.lt
         if
          f64.const 0
          local.set $12
         end
         local.get $12
         local.get $54
         i32.const 1
         i32.sub
         f64.convert_i32_s
         local.tee $5
         f64.gt
         i32.eqz
         if
          local.get $12
          local.set $5
         end
         local.get $5
         i32.trunc_sat_f64_s
         local.tee $17
         local.get $54
         i32.const 2
         i32.sub
         local.tee $9
         i32.le_s
         if
          local.get $17
          local.set $9
         end
         local.get $44
         local.get $4
         i32.const 2
         i32.shl
         i32.add
         local.get $43
         local.get $4
         local.get $40
         i32.mul
         i32.add
         local.get $9
         local.get $10
         i32.mul
         i32.add
         i32.store
         local.get $15
         local.get $45
         i32.add
         local.get $5
         local.get $9
         f64.convert_i32_s
         f64.sub
         f64.store
         local.get $4
         i32.const 1
         i32.add
         local.set $4
         br $for-loop|17
        end
       end
       local.get $18
       local.get $16
       i32.const 10
       i32.mul
       local.tee $3
       i32.const 8
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.const 3
       i32.shl
       local.set $4
       local.get $18
       local.get $3
       i32.const 14
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $17
       local.get $18
       i32.load offset=4
       i32.const 0
       i32.ne
       local.set $40
       f64.const 1
       local.get $18
       local.get $3
       i32.const 6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $3
       f64.convert_i32_s
       f64.div
       f64x2.splat
       local.set $48
       i32.const 0
       local.set $10
       loop $for-loop|18
        local.get $10
        i32.const -64
        i32.sub
        local.get $4
        i32.le_u
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $29
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $32
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $30
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $33
         i32.const 0
         local.set $15
         loop $for-loop|19
          local.get $3
          local.get $15
          i32.gt_s
          if
           local.get $44
           local.get $15
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.get $10
           i32.add
           local.tee $9
           local.get $4
           i32.add
           local.set $42
           local.get $29
           local.get $9
           v128.load
           local.tee $29
           local.get $42
           v128.load
           local.get $29
           f64x2.sub
           local.get $45
           local.get $15
           i32.const 3
           i32.shl
           i32.add
           v128.load64_splat
           local.tee $31
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $29
           local.get $32
           local.get $9
           v128.load offset=16
           local.tee $32
           local.get $42
           v128.load offset=16
           local.get $32
           f64x2.sub
           local.get $31
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $32
           local.get $30
           local.get $9
           v128.load offset=32
           local.tee $30
           local.get $42
           v128.load offset=32
           local.get $30
           f64x2.sub
           local.get $31
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $30
           local.get $33
           local.get $9
           v128.load offset=48
           local.tee $33
           local.get $42
           v128.load offset=48
           local.get $33
           f64x2.sub
           local.get $31
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $33
           local.get $15
           i32.const 1
           i32.add
           local.set $15
           br $for-loop|19
          end
         end
         local.get $10
         local.get $17
         i32.add
         local.tee $9
         local.get $29
         local.get $48
         f64x2.mul
         local.get $29
         local.get $40
         select
         v128.store
         local.get $9
         local.get $32
         local.get $48
         f64x2.mul
         local.get $32
         local.get $40
         select
         v128.store offset=16
         local.get $9
         local.get $30
         local.get $48
         f64x2.mul
         local.get $30
         local.get $40
         select
         v128.store offset=32
         local.get $9
         local.get $33
         local.get $48
         f64x2.mul
         local.get $33
         local.get $40
         select
         v128.store offset=48
         local.get $10
         i32.const -64
         i32.sub
         local.set $10
         br $for-loop|18
        end
       end
       block $assembly/forward/accumulateLayer<f64>|inlined.6
        local.get $18
        local.get $16
        i32.const 10
        i32.mul
        i32.const 7
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        i32.const 1
        i32.eq
        if
         local.get $3
         i32.const -2
         i32.and
         local.set $4
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $31
         i32.const 0
         local.set $10
         loop $for-loop|20
          local.get $4
          local.get $10
          i32.gt_s
          if
           local.get $31
           local.get $44
           local.get $10
           i32.const 2
           i32.shl
           i32.add
           local.tee $9
           i32.load
           v128.load
           local.tee $29
           local.get $9
           i32.load offset=4
           v128.load
           local.tee $30
           i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
           local.tee $31
           local.get $29
           local.get $30
           i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
           local.get $31
           f64x2.sub
           local.get $45
           local.get $10
           i32.const 3
           i32.shl
           i32.add
           v128.load
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $31
           local.get $10
           i32.const 2
           i32.add
           local.set $10
           br $for-loop|20
          end
         end
         local.get $31
         f64x2.extract_lane 0
         local.set $5
         local.get $3
         local.get $10
         i32.gt_s
         if (result f64)
          local.get $5
          local.get $44
          local.get $10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.tee $4
          f64.load
          local.tee $5
          local.get $4
          f64.load offset=8
          local.get $5
          f64.sub
          local.get $45
          local.get $10
          i32.const 3
          i32.shl
          i32.add
          f64.load
          f64.mul
          f64.add
          f64.add
         else
          local.get $5
         end
         local.get $31
         f64x2.extract_lane 1
         f64.add
         local.set $5
         local.get $17
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $40
         if (result f64)
          local.get $5
          f64.const 1
          local.get $3
          f64.convert_i32_s
          f64.div
          f64.mul
         else
          local.get $5
         end
         f64x2.replace_lane 0
         v128.store
         br $assembly/forward/accumulateLayer<f64>|inlined.6
        end
        local.get $4
        local.get $10
        i32.sub
        i32.const 4
        i32.shr_u
        local.tee $9
        i32.const 1
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $29
         i32.const 0
         local.set $9
         loop $for-loop|21
          local.get $3
          local.get $9
          i32.gt_s
          if
           local.get $29
           local.get $44
           local.get $9
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.get $10
           i32.add
           local.tee $15
           v128.load
           local.tee $29
           local.get $4
           local.get $15
           i32.add
           v128.load
           local.get $29
           f64x2.sub
           local.get $45
           local.get $9
           i32.const 3
           i32.shl
           i32.add
           v128.load64_splat
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $29
           local.get $9
           i32.const 1
           i32.add
           local.set $9
           br $for-loop|21
          end
         end
         local.get $10
         local.get $17
         i32.add
         local.get $29
         local.get $48
         f64x2.mul
         local.get $29
         local.get $40
         select
         v128.store
        else
         local.get $9
         i32.const 2
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $31
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $32
          i32.const 0
          local.set $15
          loop $for-loop|22
           local.get $3
           local.get $15
           i32.gt_s
           if
            local.get $44
            local.get $15
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.get $10
            i32.add
            local.tee $9
            local.get $4
            i32.add
            local.set $42
            local.get $31
            local.get $9
            v128.load
            local.tee $29
            local.get $42
            v128.load
            local.get $29
            f64x2.sub
            local.get $45
            local.get $15
            i32.const 3
            i32.shl
            i32.add
            v128.load64_splat
            local.tee $29
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $31
            local.get $32
            local.get $9
            v128.load offset=16
            local.tee $30
            local.get $42
            v128.load offset=16
            local.get $30
            f64x2.sub
            local.get $29
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $32
            local.get $15
            i32.const 1
            i32.add
            local.set $15
            br $for-loop|22
           end
          end
          local.get $10
          local.get $17
          i32.add
          local.tee $3
          local.get $31
          local.get $48
          f64x2.mul
          local.get $31
          local.get $40
          select
          v128.store
          local.get $3
          local.get $32
          local.get $48
          f64x2.mul
          local.get $32
          local.get $40
          select
          v128.store offset=16
         else
          local.get $9
          i32.const 3
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $31
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $32
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $30
           i32.const 0
           local.set $15
           loop $for-loop|23
            local.get $3
            local.get $15
            i32.gt_s
            if
             local.get $44
             local.get $15
             i32.const 2
             i32.shl
             i32.add
             i32.load
             local.get $10
             i32.add
             local.tee $9
             local.get $4
             i32.add
             local.set $42
             local.get $31
             local.get $9
             v128.load
             local.tee $29
             local.get $42
             v128.load
             local.get $29
             f64x2.sub
             local.get $45
             local.get $15
             i32.const 3
             i32.shl
             i32.add
             v128.load64_splat
             local.tee $29
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $31
             local.get $32
             local.get $9
             v128.load offset=16
             local.tee $32
             local.get $42
             v128.load offset=16
             local.get $32
             f64x2.sub
             local.get $29
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $32
             local.get $30
             local.get $9
             v128.load offset=32
             local.tee $30
             local.get $42
             v128.load offset=32
             local.get $30
             f64x2.sub
             local.get $29
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $30
             local.get $15
             i32.const 1
             i32.add
             local.set $15
             br $for-loop|23
            end
           end
           local.get $10
           local.get $17
           i32.add
           local.tee $3
           local.get $31
           local.get $48
           f64x2.mul
           local.get $31
           local.get $40
           select
           v128.store
           local.get $3
           local.get $32
           local.get $48
           f64x2.mul
           local.get $32
           local.get $40
           select
           v128.store offset=16
           local.get $3
           local.get $30
           local.get $48
           f64x2.mul
           local.get $30
           local.get $40
           select
           v128.store offset=32
          end
         end
        end
       end
       local.get $18
       local.get $16
       i32.const 10
       i32.mul
       i32.const 14
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $3
       local.get $16
       i32.const 1
       i32.add
       local.set $16
       br $for-loop|12
      end
     end
     local.get $22
     local.get $19
     local.get $34
     i32.mul
     i32.const 3
     i32.shl
     i32.add
     local.set $4
     i32.const 1
     local.set $15
     local.get $23
     if
      local.get $4
      local.set $3
      local.get $28
      local.get $34
      local.get $19
      i32.const 1
      i32.and
      local.get $27
      i32.mul
      i32.mul
      i32.const 3
      i32.shl
      i32.add
      local.tee $10
      local.get $24
      local.get $34
      i32.mul
      i32.const 3
      i32.shl
      i32.add
      local.set $9
      i32.const 0
      local.set $4
      loop $for-loop|24
       local.get $4
       local.get $34
       i32.lt_u
       if
        local.get $9
        local.get $4
        i32.const 3
        i32.shl
        local.tee $15
        i32.add
        local.get $11
        local.get $15
        local.get $35
        i32.add
        f64.load
        f64.mul
        f64.store
        local.get $4
        i32.const 1
        i32.add
        local.set $4
        br $for-loop|24
       end
      end
      i32.const 1
      local.set $17
      i32.const 0
      local.set $4
      loop $for-loop|25
       local.get $4
       local.get $34
       i32.lt_u
       if
        local.get $10
        local.get $4
        i32.const 3
        i32.shl
        i32.add
        f64.load
        local.set $5
        i32.const 1
        local.set $9
        loop $for-loop|26
         local.get $9
         local.get $27
         i32.lt_s
         if
          local.get $5
          local.get $10
          local.get $9
          local.get $34
          i32.mul
          local.get $4
          i32.add
          i32.const 3
          i32.shl
          i32.add
          f64.load
          f64.add
          local.set $5
          local.get $9
          i32.const 1
          i32.add
          local.set $9
          br $for-loop|26
         end
        end
        local.get $3
        local.get $4
        i32.const 3
        i32.shl
        local.tee $9
        i32.add
        f64.load
        local.get $5
        f64.sub
        local.set $5
        local.get $9
        local.get $36
        i32.add
        local.get $21
        local.get $5
        f64.mul
        f64.store
        local.get $17
        local.get $5
        f64.abs
        local.get $6
        f64.lt
        i32.and
        local.set $17
        local.get $4
        i32.const 1
        i32.add
        local.set $4
        br $for-loop|25
       end
      end
      local.get $17
      local.set $15
     else
      i32.const 0
      local.set $3
      loop $for-loop|27
       local.get $3
       local.get $34
       i32.lt_u
       if
        local.get $4
        local.get $3
        i32.const 3
        i32.shl
        local.tee $9
        i32.add
        f64.load
        local.get $9
        local.get $35
        i32.add
        f64.load
        f64.sub
        local.set $5
        local.get $9
        local.get $36
        i32.add
        local.get $21
        local.get $5
        f64.mul
        f64.store
        local.get $15
        local.get $5
        f64.abs
        local.get $6
        f64.lt
        i32.and
        local.set $15
        local.get $3
        i32.const 1
        i32.add
        local.set $3
        br $for-loop|27
       end
      end
     end
     local.get $15
     i32.eqz
     if
      local.get $38
      i32.const 1
      i32.sub
      local.set $17
      loop $for-loop|28
       local.get $17
       i32.const 0
       i32.gt_s
       if
        local.get $18
        local.get $17
        i32.const 10
        i32.mul
        local.tee $3
        i32.const 12
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $4
        local.get $18
        local.get $3
        i32.const 13
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $40
        local.get $18
        local.get $3
        i32.const 5
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $41
        local.get $18
        local.get $3
        i32.const 8
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        i32.const 3
        i32.shl
        local.set $9
        local.get $18
        local.get $3
        i32.const 15
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $42
        local.get $18
        local.get $3
        i32.const 11
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.get $18
        local.get $3
        i32.const 6
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.tee $43
        i32.const 1
        i32.add
        i32.const -2
        i32.and
        i32.const 24
        i32.mul
        i32.add
        local.set $44
        block $assembly/nk/updateLayerAt<f64>|inlined.3
         local.get $18
         local.get $3
         i32.const 7
         i32.add
         i32.const 2
         i32.shl
         i32.add
         i32.load
         i32.const 1
         i32.eq
         if
          local.get $43
          i32.const -2
          i32.and
          local.set $3
          local.get $42
          v128.load64_splat
          local.set $29
          i32.const 0
          local.set $9
          local.get $41
          if
           loop $for-loop|29
            local.get $3
            local.get $9
            i32.gt_s
            if
             local.get $9
             i32.const 3
             i32.shl
             local.set $10
             local.get $4
             local.get $9
             i32.const 2
             i32.shl
             i32.add
             local.tee $16
             i32.load
             local.tee $45
             v128.load
             local.tee $30
             local.get $16
             i32.load offset=4
             local.tee $16
             v128.load
             local.tee $31
             i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
             local.set $32
             local.get $30
             local.get $31
             i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
             local.set $30
             local.get $41
             if
              local.get $10
              local.get $41
              i32.add
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $29
              local.get $30
              local.get $32
              f64x2.sub
              f64x2.mul
              f64x2.add
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f64x2.add
              local.get $10
              local.get $44
              i32.add
              v128.load
              f64x2.mul
              v128.store
             end
             local.get $45
             local.get $32
             local.get $29
             v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
             local.get $10
             local.get $40
             i32.add
             v128.load
             local.tee $31
             f64x2.sub
             f64x2.mul
             f64x2.add
             local.tee $32
             local.get $30
             local.get $29
             local.get $31
             f64x2.mul
             f64x2.add
             local.tee $30
             i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
             v128.store
             local.get $16
             local.get $32
             local.get $30
             i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
             v128.store
             local.get $9
             i32.const 2
             i32.add
             local.set $9
             br $for-loop|29
            end
           end
          else
           loop $for-loop|30
            local.get $3
            local.get $9
            i32.gt_s
            if
             local.get $4
             local.get $9
             i32.const 2
             i32.shl
             i32.add
             local.tee $10
             i32.load
             local.tee $16
             v128.load
             local.tee $30
             local.get $10
             i32.load offset=4
             local.tee $10
             v128.load
             local.tee $31
             i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
             local.get $29
             v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
             local.get $40
             local.get $9
             i32.const 3
             i32.shl
             i32.add
             v128.load
             local.tee $32
             f64x2.sub
             f64x2.mul
             f64x2.add
             local.set $33
             local.get $16
             local.get $33
             local.get $30
             local.get $31
             i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
             local.get $29
             local.get $32
             f64x2.mul
             f64x2.add
             local.tee $30
             i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
             v128.store
             local.get $10
             local.get $33
             local.get $30
             i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
             v128.store
             local.get $9
             i32.const 2
             i32.add
             local.set $9
             br $for-loop|30
            end
           end
          end
          local.get $42
          f64.load
          local.set $5
          loop $for-loop|31
           local.get $9
           local.get $43
           i32.lt_s
           if
            local.get $9
            i32.const 3
            i32.shl
            local.set $3
            local.get $4
            local.get $9
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.tee $10
            f64.load
            local.set $12
            local.get $10
            f64.load offset=8
            local.set $14
            local.get $41
            if
             local.get $3
             local.get $41
             i32.add
             local.get $5
             local.get $14
             local.get $12
             f64.sub
             f64.mul
             f64.const 0
             f64.add
             local.get $3
             local.get $44
             i32.add
             f64.load
             f64.mul
             f64.store
            end
            local.get $10
            local.get $12
            local.get $5
            f64.const 1
            local.get $3
            local.get $40
            i32.add
            f64.load
            local.tee $12
            f64.sub
            f64.mul
            f64.add
            f64.store
            local.get $10
            local.get $14
            local.get $5
            local.get $12
            f64.mul
            f64.add
            f64.store offset=8
            local.get $9
            i32.const 1
            i32.add
            local.set $9
            br $for-loop|31
           end
          end
          br $assembly/nk/updateLayerAt<f64>|inlined.3
         end
         local.get $9
         i32.const 16
         i32.eq
         local.get $41
         i32.const 0
         i32.ne
         i32.and
         if
          local.get $42
          v128.load
          local.set $29
          i32.const 0
          local.set $9
          loop $for-loop|32
           local.get $9
           local.get $43
           i32.lt_s
           if
            local.get $4
            local.get $9
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.tee $3
            v128.load
            local.set $30
            local.get $3
            v128.load offset=16
            local.set $31
            local.get $3
            local.get $30
            local.get $29
            v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
            local.get $9
            i32.const 3
            i32.shl
            local.tee $10
            local.get $40
            i32.add
            v128.load64_splat
            local.tee $32
            f64x2.sub
            f64x2.mul
            f64x2.add
            v128.store
            local.get $3
            local.get $31
            local.get $29
            local.get $32
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $10
            local.get $41
            i32.add
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.get $29
            local.get $31
            local.get $30
            f64x2.sub
            f64x2.mul
            f64x2.add
            local.tee $30
            f64x2.extract_lane 0
            local.get $30
            f64x2.extract_lane 1
            f64.add
            local.get $10
            local.get $44
            i32.add
            f64.load
            f64.mul
            f64.store
            local.get $9
            i32.const 1
            i32.add
            local.set $9
            br $for-loop|32
           end
          end
          br $assembly/nk/updateLayerAt<f64>|inlined.3
         end
         i32.const 0
         local.set $16
         loop $for-loop|33
          local.get $16
          local.get $43
          i32.lt_s
          if
           v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
           local.get $40
           local.get $16
           i32.const 3
           i32.shl
           i32.add
           v128.load64_splat
           local.tee $29
           f64x2.sub
           local.set $31
           local.get $4
           local.get $16
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.set $45
           local.get $41
           if
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $30
            i32.const 0
            local.set $10
            loop $for-loop|34
             local.get $9
             local.get $10
             i32.gt_u
             if
              local.get $30
              local.get $10
              local.get $42
              i32.add
              v128.load
              local.tee $32
              local.get $10
              local.get $45
              i32.add
              local.tee $3
              local.get $9
              i32.add
              local.tee $46
              v128.load
              local.tee $33
              local.get $3
              v128.load
              local.tee $48
              f64x2.sub
              f64x2.mul
              f64x2.add
              local.set $30
              local.get $3
              local.get $48
              local.get $32
              local.get $31
              f64x2.mul
              f64x2.add
              v128.store
              local.get $46
              local.get $33
              local.get $32
              local.get $29
              f64x2.mul
              f64x2.add
              v128.store
              local.get $10
              i32.const 16
              i32.add
              local.set $10
              br $for-loop|34
             end
            end
            local.get $16
            i32.const 3
            i32.shl
            local.tee $3
            local.get $41
            i32.add
            local.get $30
            f64x2.extract_lane 0
            local.get $30
            f64x2.extract_lane 1
            f64.add
            local.get $3
            local.get $44
            i32.add
            f64.load
            f64.mul
            f64.store
           else
            i32.const 0
            local.set $10
            loop $for-loop|35
             local.get $10
             i32.const -64
             i32.sub
             local.tee $3
             local.get $9
             i32.le_u
             if
              local.get $10
              local.get $45
              i32.add
              local.tee $46
              local.get $46
              v128.load
              local.get $10
              local.get $42
              i32.add
              local.tee $10
              v128.load
              local.tee $30
              local.get $31
              f64x2.mul
              f64x2.add
              v128.store
              local.get $9
              local.get $46
              i32.add
              local.tee $47
              local.get $47
              v128.load
              local.get $30
              local.get $29
              f64x2.mul
              f64x2.add
              v128.store
              local.get $46
              i32.const 16
              i32.add
              local.tee $47
              local.get $47
              v128.load
              local.get $10
              v128.load offset=16
              local.tee $30
              local.get $31
              f64x2.mul
              f64x2.add
              v128.store
              local.get $9
              local.get $47
              i32.add
              local.tee $47
              local.get $47
              v128.load
              local.get $30
              local.get $29
              f64x2.mul
              f64x2.add
              v128.store
              local.get $46
              i32.const 32
              i32.add
              local.tee $47
              local.get $47
              v128.load
              local.get $10
              v128.load offset=32
              local.tee $30
              local.get $31
              f64x2.mul
              f64x2.add
              v128.store
              local.get $9
              local.get $47
              i32.add
              local.tee $47
              local.get $47
              v128.load
              local.get $30
              local.get $29
              f64x2.mul
              f64x2.add
              v128.store
              local.get $46
              i32.const 48
              i32.add
              local.tee $46
              local.get $46
              v128.load
              local.get $10
              v128.load offset=48
              local.tee $30
              local.get $31
              f64x2.mul
              f64x2.add
              v128.store
              local.get $9
              local.get $46
              i32.add
              local.tee $10
              local.get $10
              v128.load
              local.get $30
              local.get $29
              f64x2.mul
              f64x2.add
              v128.store
              local.get $3
              local.set $10
              br $for-loop|35
             end
            end
            loop $for-loop|36
             local.get $9
             local.get $10
             i32.gt_u
             if
              local.get $10
              local.get $45
              i32.add
              local.tee $3
              local.get $3
              v128.load
              local.get $10
              local.get $42
              i32.add
              v128.load
              local.tee $30
              local.get $31
              f64x2.mul
              f64x2.add
              v128.store
              local.get $3
              local.get $9
              i32.add
              local.tee $3
              local.get $3
              v128.load
              local.get $30
              local.get $29
              f64x2.mul
              f64x2.add
              v128.store
              local.get $10
              i32.const 16
              i32.add
              local.set $10
              br $for-loop|36
             end
            end
           end
           local.get $16
           i32.const 1
           i32.add
           local.set $16
           br $for-loop|33
          end
         end
        end
        local.get $17
        i32.const 1
        i32.sub
        local.set $17
        br $for-loop|28
       end
      end
     end
     local.get $19
     i32.const 1
     i32.add
     local.tee $3
     local.get $26
     i32.lt_s
     if
      local.get $18
      i32.load offset=44
      local.set $9
      local.get $18
      i32.load offset=40
      local.set $17
      local.get $20
      local.get $3
      local.get $39
      i32.mul
      i32.add
      local.set $40
      local.get $2
      i32.const 0
      local.get $37
      select
      local.set $41
      local.get $18
      i32.load offset=24
      local.tee $42
      i32.const 1
      i32.add
      i32.const -2
      i32.and
      i32.const 3
      i32.shl
      local.set $43
      local.get $18
      i32.load offset=36
      local.tee $44
      local.get $18
      i32.load offset=32
      i32.const 3
      i32.shl
      local.tee $45
      i32.mul
      local.set $46
      local.get $42
      i32.const -2
      i32.and
      local.set $3
      local.get $44
      i32.const 1
      i32.sub
      f64.convert_i32_s
      f64x2.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $29
      local.get $44
      i32.const 2
      i32.sub
      f64.convert_i32_s
      f64x2.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $31
      local.get $45
      f64.convert_i32_u
      f64x2.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $32
      local.get $46
      f64.convert_i32_u
      f64.const 2
      f64.mul
      f64x2.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $48
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $30
      local.get $17
      f64.convert_i32_u
      f64.const 4503599627370496
      f64.add
      f64x2.splat
      local.get $17
      local.get $46
      i32.add
      f64.convert_i32_u
      f64.const 4503599627370496
      f64.add
      f64x2.replace_lane 1
      local.set $33
      i32.const 0
      local.set $10
      loop $for-loop|38
       local.get $3
       local.get $10
       i32.gt_s
       if
        local.get $10
        i32.const 3
        i32.shl
        local.tee $4
        local.get $9
        i32.add
        local.set $16
        local.get $30
        local.get $4
        local.get $40
        i32.add
        v128.load
        local.tee $49
        local.get $16
        v128.load
        local.tee $50
        f64x2.le
        local.get $49
        local.get $16
        local.get $43
        i32.add
        v128.load
        f64x2.ge
        v128.or
        v128.or
        local.set $30
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $49
        local.get $50
        f64x2.sub
        local.get $16
        local.get $43
        i32.const 3
        i32.mul
        i32.add
        v128.load
        f64x2.mul
        f64x2.pmax
        local.get $29
        f64x2.pmin
        local.tee $49
        f64x2.floor
        local.get $31
        f64x2.pmin
        local.set $50
        local.get $1
        local.get $4
        i32.add
        local.get $49
        local.get $50
        f64x2.sub
        local.tee $49
        v128.store
        local.get $50
        local.get $32
        f64x2.mul
        local.get $33
        f64x2.add
        local.set $50
        local.get $33
        local.get $48
        f64x2.add
        local.set $33
        local.get $0
        local.get $10
        i32.const 2
        i32.shl
        i32.add
        local.get $50
        local.get $50
        i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
        v128.store64_lane 0
        local.get $41
        if
         local.get $41
         local.get $10
         i32.const 48
         i32.mul
         i32.add
         local.tee $4
         local.get $50
         v128.store32_lane 0
         local.get $4
         local.get $49
         local.get $49
         i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
         v128.store offset=16
         local.get $4
         v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
         local.get $49
         f64x2.sub
         local.tee $51
         local.get $51
         i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
         v128.store offset=32
         local.get $4
         i32.const 48
         i32.add
         local.get $50
         v128.store32_lane 2
         local.get $4
         local.get $49
         local.get $49
         i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
         v128.store offset=64
         local.get $4
         local.get $51
         local.get $51
         i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
         v128.store offset=80
        end
        local.get $10
        i32.const 2
        i32.add
        local.set $10
        br $for-loop|38
       end
      end
      local.get $30
      v128.any_true
      if
       i32.const 0
       local.set $16
       loop $for-loop|39
        local.get $3
        local.get $16
        i32.gt_s
        if
         local.get $16
         i32.const 3
         i32.shl
         local.tee $4
         local.get $9
         i32.add
         local.tee $10
         local.get $43
         i32.add
         f64.load
         local.set $12
         block $assembly/pl/adaptRange<f64>|inlined.12
          local.get $10
          f64.load
          local.tee $5
          local.get $4
          local.get $40
          i32.add
          f64.load
          local.tee $14
          f64.ge
          if
           local.get $14
           local.set $5
          else
           local.get $12
           local.get $14
           f64.le
           i32.eqz
           br_if $assembly/pl/adaptRange<f64>|inlined.12
           local.get $14
           local.set $12
          end
          local.get $10
          local.get $5
          local.get $12
          local.get $5
          f64.sub
          f64.const 0.01
          f64.mul
          local.tee $5
          f64.sub
          local.tee $14
          f64.store
          local.get $10
          local.get $43
          i32.add
          local.get $12
          local.get $5
          f64.add
          local.tee $5
          f64.store
          local.get $10
          local.get $43
          i32.const 1
          i32.shl
          i32.add
          local.get $5
          local.get $14
          f64.sub
          local.get $44
          i32.const 1
          i32.sub
          f64.convert_i32_s
          f64.div
          local.tee $5
          f64.store
          local.get $10
          local.get $43
          i32.const 3
          i32.mul
          i32.add
          f64.const 1
          local.get $5
          f64.div
          f64.store
         end
         local.get $16
         i32.const 1
         i32.add
         local.set $16
         br $for-loop|39
        end
       end
       local.get $44
       i32.const 1
       i32.sub
       f64.convert_i32_s
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $29
       local.get $44
       i32.const 2
       i32.sub
       f64.convert_i32_s
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $31
       local.get $45
       f64.convert_i32_u
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $32
       local.get $44
       local.get $45
       i32.mul
       local.tee $4
       f64.convert_i32_u
       f64.const 2
       f64.mul
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $33
       local.get $17
       f64.convert_i32_u
       f64.const 4503599627370496
       f64.add
       f64x2.splat
       local.get $4
       local.get $17
       i32.add
       f64.convert_i32_u
       f64.const 4503599627370496
       f64.add
       f64x2.replace_lane 1
       local.set $30
       i32.const 0
       local.set $10
       loop $for-loop|40
        local.get $3
        local.get $10
        i32.gt_s
        if
         local.get $10
         i32.const 3
         i32.shl
         local.tee $4
         local.get $9
         i32.add
         local.set $16
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $4
         local.get $40
         i32.add
         v128.load
         local.get $16
         v128.load
         f64x2.sub
         local.get $16
         local.get $43
         i32.const 3
         i32.mul
         i32.add
         v128.load
         f64x2.mul
         f64x2.pmax
         local.get $29
         f64x2.pmin
         local.tee $48
         f64x2.floor
         local.get $31
         f64x2.pmin
         local.set $49
         local.get $1
         local.get $4
         i32.add
         local.get $48
         local.get $49
         f64x2.sub
         local.tee $48
         v128.store
         local.get $49
         local.get $32
         f64x2.mul
         local.get $30
         f64x2.add
         local.set $49
         local.get $30
         local.get $33
         f64x2.add
         local.set $30
         local.get $0
         local.get $10
         i32.const 2
         i32.shl
         i32.add
         local.get $49
         local.get $49
         i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
         v128.store64_lane 0
         local.get $41
         if
          local.get $41
          local.get $10
          i32.const 48
          i32.mul
          i32.add
          local.tee $4
          local.get $49
          v128.store32_lane 0
          local.get $4
          local.get $48
          local.get $48
          i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
          v128.store offset=16
          local.get $4
          v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
          local.get $48
          f64x2.sub
          local.tee $50
          local.get $50
          i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
          v128.store offset=32
          local.get $4
          i32.const 48
          i32.add
          local.get $49
          v128.store32_lane 2
          local.get $4
          local.get $48
          local.get $48
          i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
          v128.store offset=64
          local.get $4
          local.get $50
          local.get $50
          i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
          v128.store offset=80
         end
         local.get $10
         i32.const 2
         i32.add
         local.set $10
         br $for-loop|40
        end
       end
      end
      loop $for-loop|41
       local.get $3
       local.get $42
       i32.lt_s
       if
        local.get $3
        i32.const 3
        i32.shl
        local.tee $10
        local.get $40
        i32.add
        f64.load
        local.set $14
        local.get $9
        local.get $10
        i32.add
        local.tee $4
        f64.load
        local.set $12
        local.get $4
        local.get $43
        i32.add
        f64.load
        local.set $5
        block $assembly/pl/adaptRange<f64>|inlined.13
         local.get $12
         local.get $14
         f64.ge
         if
          local.get $14
          local.set $12
         else
          local.get $5
          local.get $14
          f64.le
          i32.eqz
          br_if $assembly/pl/adaptRange<f64>|inlined.13
          local.get $14
          local.set $5
         end
         local.get $4
         local.get $12
         local.get $5
         local.get $12
         f64.sub
         f64.const 0.01
         f64.mul
         local.tee $12
         f64.sub
         local.tee $53
         f64.store
         local.get $4
         local.get $43
         i32.add
         local.get $5
         local.get $12
         f64.add
         local.tee $5
         f64.store
         local.get $4
         local.get $43
         i32.const 1
         i32.shl
         i32.add
         local.get $5
         local.get $53
         f64.sub
         local.get $44
         i32.const 1
         i32.sub
         f64.convert_i32_s
         f64.div
         local.tee $5
         f64.store
         local.get $4
         local.get $43
         i32.const 3
         i32.mul
         i32.add
         f64.const 1
         local.get $5
         f64.div
         f64.store
        end
        local.get $14
        local.get $9
        local.get $10
        i32.add
        local.tee $4
        f64.load
        f64.sub
        local.get $4
        local.get $43
        i32.const 3
        i32.mul
        i32.add
        f64.load
        f64.mul
        local.tee $12
        f64.const 0
        f64.lt
        if
         f64.const 0
         local.set $12
        end
        local.get $12
        local.get $44
        i32.const 1
        i32.sub
        f64.convert_i32_s
        local.tee $5
        f64.gt
        i32.eqz
        if
         local.get $12
         local.set $5
        end
        local.get $5
        i32.trunc_sat_f64_s
        local.tee $16
        local.get $44
        i32.const 2
        i32.sub
        local.tee $4
        i32.le_s
        if
         local.get $16
         local.set $4
        end
        local.get $0
        local.get $3
        i32.const 2
        i32.shl
        i32.add
        local.get $17
        local.get $3
        local.get $46
        i32.mul
        i32.add
        local.get $4
        local.get $45
        i32.mul
        i32.add
        local.tee $16
        i32.store
        local.get $1
        local.get $10
        i32.add
        local.get $5
        local.get $4
        f64.convert_i32_s
        f64.sub
        local.tee $5
        f64.store
        local.get $41
        local.get $3
        i32.const 48
        i32.mul
        i32.add
        i32.const 0
        local.get $41
        select
        local.tee $4
        if
         local.get $4
         local.get $16
         i32.store
         local.get $4
         local.get $5
         f64x2.splat
         v128.store offset=16
         local.get $4
         f64.const 1
         local.get $5
         f64.sub
         f64x2.splat
         v128.store offset=32
        end
        local.get $3
        i32.const 1
        i32.add
        local.set $3
        br $for-loop|41
       end
      end
      local.get $15
      if
       block $assembly/forward/accumulateLayer<f64>|inlined.7
        local.get $18
        i32.load offset=32
        i32.const 3
        i32.shl
        local.set $3
        local.get $18
        i32.load offset=56
        local.set $10
        local.get $18
        i32.load offset=4
        i32.const 0
        i32.ne
        local.set $15
        f64.const 1
        local.get $18
        i32.load offset=24
        local.tee $17
        f64.convert_i32_s
        f64.div
        f64x2.splat
        local.set $48
        i32.const 0
        local.set $4
        loop $for-loop|42
         local.get $4
         i32.const -64
         i32.sub
         local.get $3
         i32.le_u
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $29
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $32
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $30
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $33
          i32.const 0
          local.set $16
          loop $for-loop|43
           local.get $16
           local.get $17
           i32.lt_s
           if
            local.get $0
            local.get $16
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.get $4
            i32.add
            local.tee $9
            local.get $3
            i32.add
            local.set $40
            local.get $29
            local.get $9
            v128.load
            local.tee $29
            local.get $40
            v128.load
            local.get $29
            f64x2.sub
            local.get $1
            local.get $16
            i32.const 3
            i32.shl
            i32.add
            v128.load64_splat
            local.tee $31
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $29
            local.get $32
            local.get $9
            v128.load offset=16
            local.tee $32
            local.get $40
            v128.load offset=16
            local.get $32
            f64x2.sub
            local.get $31
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $32
            local.get $30
            local.get $9
            v128.load offset=32
            local.tee $30
            local.get $40
            v128.load offset=32
            local.get $30
            f64x2.sub
            local.get $31
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $30
            local.get $33
            local.get $9
            v128.load offset=48
            local.tee $33
            local.get $40
            v128.load offset=48
            local.get $33
            f64x2.sub
            local.get $31
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $33
            local.get $16
            i32.const 1
            i32.add
            local.set $16
            br $for-loop|43
           end
          end
          local.get $4
          local.get $10
          i32.add
          local.tee $9
          local.get $29
          local.get $48
          f64x2.mul
          local.get $29
          local.get $15
          select
          v128.store
          local.get $9
          local.get $32
          local.get $48
          f64x2.mul
          local.get $32
          local.get $15
          select
          v128.store offset=16
          local.get $9
          local.get $30
          local.get $48
          f64x2.mul
          local.get $30
          local.get $15
          select
          v128.store offset=32
          local.get $9
          local.get $33
          local.get $48
          f64x2.mul
          local.get $33
          local.get $15
          select
          v128.store offset=48
          local.get $4
          i32.const -64
          i32.sub
          local.set $4
          br $for-loop|42
         end
        end
        local.get $18
        i32.load offset=28
        i32.const 1
        i32.eq
        if
         local.get $17
         i32.const -2
         i32.and
         local.set $3
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $31
         i32.const 0
         local.set $4
         loop $for-loop|44
          local.get $3
          local.get $4
          i32.gt_s
          if
           local.get $31
           local.get $0
           local.get $4
           i32.const 2
           i32.shl
           i32.add
           local.tee $9
           i32.load
           v128.load
           local.tee $29
           local.get $9
           i32.load offset=4
           v128.load
           local.tee $30
           i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
           local.tee $31
           local.get $29
           local.get $30
           i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
           local.get $31
           f64x2.sub
           local.get $1
           local.get $4
           i32.const 3
           i32.shl
           i32.add
           v128.load
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $31
           local.get $4
           i32.const 2
           i32.add
           local.set $4
           br $for-loop|44
          end
         end
         local.get $31
         f64x2.extract_lane 0
         local.set $5
         local.get $4
         local.get $17
         i32.lt_s
         if (result f64)
          local.get $5
          local.get $0
          local.get $4
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.tee $3
          f64.load
          local.tee $5
          local.get $3
          f64.load offset=8
          local.get $5
          f64.sub
          local.get $1
          local.get $4
          i32.const 3
          i32.shl
          i32.add
          f64.load
          f64.mul
          f64.add
          f64.add
         else
          local.get $5
         end
         local.get $31
         f64x2.extract_lane 1
         f64.add
         local.set $5
         local.get $10
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $15
         if (result f64)
          local.get $5
          f64.const 1
          local.get $17
          f64.convert_i32_s
          f64.div
          f64.mul
         else
          local.get $5
         end
         f64x2.replace_lane 0
         v128.store
         br $assembly/forward/accumulateLayer<f64>|inlined.7
        end
        local.get $3
        local.get $4
        i32.sub
        i32.const 4
        i32.shr_u
        local.tee $9
        i32.const 1
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $29
         i32.const 0
         local.set $9
         loop $for-loop|45
          local.get $9
          local.get $17
          i32.lt_s
          if
           local.get $29
           local.get $0
           local.get $9
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.get $4
           i32.add
           local.tee $16
           v128.load
           local.tee $29
           local.get $3
           local.get $16
           i32.add
           v128.load
           local.get $29
           f64x2.sub
           local.get $1
           local.get $9
           i32.const 3
           i32.shl
           i32.add
           v128.load64_splat
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $29
           local.get $9
           i32.const 1
           i32.add
           local.set $9
           br $for-loop|45
          end
         end
         local.get $4
         local.get $10
         i32.add
         local.get $29
         local.get $48
         f64x2.mul
         local.get $29
         local.get $15
         select
         v128.store
        else
         local.get $9
         i32.const 2
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $31
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $32
          i32.const 0
          local.set $16
          loop $for-loop|46
           local.get $16
           local.get $17
           i32.lt_s
           if
            local.get $0
            local.get $16
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.get $4
            i32.add
            local.tee $9
            local.get $3
            i32.add
            local.set $40
            local.get $31
            local.get $9
            v128.load
            local.tee $29
            local.get $40
            v128.load
            local.get $29
            f64x2.sub
            local.get $1
            local.get $16
            i32.const 3
            i32.shl
            i32.add
            v128.load64_splat
            local.tee $29
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $31
            local.get $32
            local.get $9
            v128.load offset=16
            local.tee $30
            local.get $40
            v128.load offset=16
            local.get $30
            f64x2.sub
            local.get $29
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $32
            local.get $16
            i32.const 1
            i32.add
            local.set $16
            br $for-loop|46
           end
          end
          local.get $4
          local.get $10
          i32.add
          local.tee $3
          local.get $31
          local.get $48
          f64x2.mul
          local.get $31
          local.get $15
          select
          v128.store
          local.get $3
          local.get $32
          local.get $48
          f64x2.mul
          local.get $32
          local.get $15
          select
          v128.store offset=16
         else
          local.get $9
          i32.const 3
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $31
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $32
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $30
           i32.const 0
           local.set $16
           loop $for-loop|47
            local.get $16
            local.get $17
            i32.lt_s
            if
             local.get $0
             local.get $16
             i32.const 2
             i32.shl
             i32.add
             i32.load
             local.get $4
             i32.add
             local.tee $9
             local.get $3
             i32.add
             local.set $40
             local.get $31
             local.get $9
             v128.load
             local.tee $29
             local.get $40
             v128.load
             local.get $29
             f64x2.sub
             local.get $1
             local.get $16
             i32.const 3
             i32.shl
             i32.add
             v128.load64_splat
             local.tee $29
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $31
             local.get $32
             local.get $9
             v128.load offset=16
             local.tee $32
             local.get $40
             v128.load offset=16
             local.get $32
             f64x2.sub
             local.get $29
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $32
             local.get $30
             local.get $9
             v128.load offset=32
             local.tee $30
             local.get $40
             v128.load offset=32
             local.get $30
             f64x2.sub
             local.get $29
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $30
             local.get $16
             i32.const 1
             i32.add
             local.set $16
             br $for-loop|47
            end
           end
           local.get $4
           local.get $10
           i32.add
           local.tee $3
           local.get $31
           local.get $48
           f64x2.mul
           local.get $31
           local.get $15
           select
           v128.store
           local.get $3
           local.get $32
           local.get $48
           f64x2.mul
           local.get $32
           local.get $15
           select
           v128.store offset=16
           local.get $3
           local.get $30
           local.get $48
           f64x2.mul
           local.get $30
           local.get $15
           select
           v128.store offset=32
          end
         end
        end
       end
      else
       local.get $37
       if
        local.get $18
        i32.load offset=32
        i32.const 3
        i32.shl
        local.set $9
        local.get $18
        i32.load offset=60
        local.set $3
        local.get $18
        i32.load offset=56
        local.set $17
        local.get $18
        i32.load offset=4
        i32.const 0
        i32.ne
        local.set $40
        f64.const 1
        local.get $18
        i32.load offset=24
        local.tee $41
        f64.convert_i32_s
        f64.div
        f64x2.splat
        local.set $29
        i32.const 0
        local.set $4
        loop $for-loop|48
         local.get $4
         i32.const -64
         i32.sub
         local.get $9
         i32.le_u
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $31
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $30
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $32
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $33
          local.get $3
          local.get $4
          i32.add
          local.tee $10
          v128.load
          local.set $48
          local.get $10
          v128.load offset=16
          local.set $49
          local.get $10
          v128.load offset=32
          local.set $50
          local.get $10
          v128.load offset=48
          local.set $51
          local.get $13
          v128.load offset=16
          local.set $52
          local.get $13
          i32.load
          local.get $4
          i32.add
          local.tee $10
          local.get $9
          i32.add
          local.set $15
          local.get $10
          local.get $10
          v128.load
          local.get $48
          local.get $13
          v128.load offset=32
          local.tee $55
          f64x2.mul
          f64x2.add
          v128.store
          local.get $15
          local.get $15
          v128.load
          local.get $48
          local.get $52
          f64x2.mul
          f64x2.add
          v128.store
          local.get $10
          local.get $10
          v128.load offset=16
          local.get $49
          local.get $55
          f64x2.mul
          f64x2.add
          v128.store offset=16
          local.get $15
          local.get $15
          v128.load offset=16
          local.get $49
          local.get $52
          f64x2.mul
          f64x2.add
          v128.store offset=16
          local.get $10
          local.get $10
          v128.load offset=32
          local.get $50
          local.get $55
          f64x2.mul
          f64x2.add
          v128.store offset=32
          local.get $15
          local.get $15
          v128.load offset=32
          local.get $50
          local.get $52
          f64x2.mul
          f64x2.add
          v128.store offset=32
          local.get $10
          local.get $10
          v128.load offset=48
          local.get $51
          local.get $55
          f64x2.mul
          f64x2.add
          v128.store offset=48
          local.get $15
          local.get $15
          v128.load offset=48
          local.get $51
          local.get $52
          f64x2.mul
          f64x2.add
          v128.store offset=48
          local.get $41
          i32.const 1
          i32.gt_s
          if
           local.get $13
           v128.load offset=64
           local.set $52
           local.get $13
           i32.load offset=48
           local.get $4
           i32.add
           local.tee $10
           local.get $9
           i32.add
           local.set $15
           local.get $10
           local.get $10
           v128.load
           local.get $48
           local.get $13
           v128.load offset=80
           local.tee $55
           f64x2.mul
           f64x2.add
           v128.store
           local.get $15
           local.get $15
           v128.load
           local.get $48
           local.get $52
           f64x2.mul
           f64x2.add
           v128.store
           local.get $10
           local.get $10
           v128.load offset=16
           local.get $49
           local.get $55
           f64x2.mul
           f64x2.add
           v128.store offset=16
           local.get $15
           local.get $15
           v128.load offset=16
           local.get $49
           local.get $52
           f64x2.mul
           f64x2.add
           v128.store offset=16
           local.get $10
           local.get $10
           v128.load offset=32
           local.get $50
           local.get $55
           f64x2.mul
           f64x2.add
           v128.store offset=32
           local.get $15
           local.get $15
           v128.load offset=32
           local.get $50
           local.get $52
           f64x2.mul
           f64x2.add
           v128.store offset=32
           local.get $10
           local.get $10
           v128.load offset=48
           local.get $51
           local.get $55
           f64x2.mul
           f64x2.add
           v128.store offset=48
           local.get $15
           local.get $15
           v128.load offset=48
           local.get $51
           local.get $52
           f64x2.mul
           f64x2.add
           v128.store offset=48
          end
          local.get $13
          local.get $41
          i32.const 48
          i32.mul
          i32.add
          local.set $15
          local.get $2
          local.set $16
          local.get $13
          i32.const 96
          i32.add
          local.set $10
          loop $for-loop|49
           local.get $10
           local.get $15
           i32.lt_u
           if
            local.get $10
            v128.load offset=16
            local.set $52
            local.get $10
            i32.load
            local.get $4
            i32.add
            local.tee $42
            local.get $9
            i32.add
            local.set $43
            local.get $42
            local.get $42
            v128.load
            local.get $48
            local.get $10
            v128.load offset=32
            local.tee $55
            f64x2.mul
            f64x2.add
            v128.store
            local.get $43
            local.get $43
            v128.load
            local.get $48
            local.get $52
            f64x2.mul
            f64x2.add
            v128.store
            local.get $42
            local.get $42
            v128.load offset=16
            local.get $49
            local.get $55
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $43
            local.get $43
            v128.load offset=16
            local.get $49
            local.get $52
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $42
            local.get $42
            v128.load offset=32
            local.get $50
            local.get $55
            f64x2.mul
            f64x2.add
            v128.store offset=32
            local.get $43
            local.get $43
            v128.load offset=32
            local.get $50
            local.get $52
            f64x2.mul
            f64x2.add
            v128.store offset=32
            local.get $42
            local.get $42
            v128.load offset=48
            local.get $51
            local.get $55
            f64x2.mul
            f64x2.add
            v128.store offset=48
            local.get $43
            local.get $43
            v128.load offset=48
            local.get $51
            local.get $52
            f64x2.mul
            f64x2.add
            v128.store offset=48
            local.get $16
            i32.load
            local.get $4
            i32.add
            local.tee $42
            local.get $9
            i32.add
            local.set $43
            local.get $31
            local.get $42
            v128.load
            local.tee $31
            local.get $43
            v128.load
            local.get $31
            f64x2.sub
            local.get $16
            v128.load offset=16
            local.tee $52
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $31
            local.get $30
            local.get $42
            v128.load offset=16
            local.tee $30
            local.get $43
            v128.load offset=16
            local.get $30
            f64x2.sub
            local.get $52
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $30
            local.get $32
            local.get $42
            v128.load offset=32
            local.tee $32
            local.get $43
            v128.load offset=32
            local.get $32
            f64x2.sub
            local.get $52
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $32
            local.get $33
            local.get $42
            v128.load offset=48
            local.tee $33
            local.get $43
            v128.load offset=48
            local.get $33
            f64x2.sub
            local.get $52
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $33
            local.get $10
            i32.const 48
            i32.add
            local.set $10
            local.get $16
            i32.const 48
            i32.add
            local.set $16
            br $for-loop|49
           end
          end
          local.get $2
          local.get $41
          i32.const 48
          i32.mul
          i32.add
          local.set $10
          loop $for-loop|50
           local.get $10
           local.get $16
           i32.gt_u
           if
            local.get $31
            local.get $16
            i32.load
            local.get $4
            i32.add
            local.tee $15
            v128.load
            local.tee $31
            local.get $9
            local.get $15
            i32.add
            v128.load
            local.get $31
            f64x2.sub
            local.get $16
            v128.load offset=16
            local.tee $48
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $31
            local.get $30
            local.get $15
            i32.const 16
            i32.add
            local.tee $42
            v128.load
            local.tee $30
            local.get $9
            local.get $42
            i32.add
            v128.load
            local.get $30
            f64x2.sub
            local.get $48
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $30
            local.get $32
            local.get $15
            i32.const 32
            i32.add
            local.tee $42
            v128.load
            local.tee $32
            local.get $9
            local.get $42
            i32.add
            v128.load
            local.get $32
            f64x2.sub
            local.get $48
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $32
            local.get $33
            local.get $15
            i32.const 48
            i32.add
            local.tee $15
            v128.load
            local.tee $33
            local.get $9
            local.get $15
            i32.add
            v128.load
            local.get $33
            f64x2.sub
            local.get $48
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $33
            local.get $16
            i32.const 48
            i32.add
            local.set $16
            br $for-loop|50
           end
          end
          local.get $4
          local.get $17
          i32.add
          local.tee $10
          local.get $31
          local.get $29
          f64x2.mul
          local.get $31
          local.get $40
          select
          v128.store
          local.get $10
          local.get $30
          local.get $29
          f64x2.mul
          local.get $30
          local.get $40
          select
          v128.store offset=16
          local.get $10
          local.get $32
          local.get $29
          f64x2.mul
          local.get $32
          local.get $40
          select
          v128.store offset=32
          local.get $10
          local.get $33
          local.get $29
          f64x2.mul
          local.get $33
          local.get $40
          select
          v128.store offset=48
          local.get $4
          i32.const -64
          i32.sub
          local.set $4
          br $for-loop|48
         end
        end
        local.get $9
        local.get $4
        i32.sub
        i32.const 4
        i32.shr_u
        local.tee $10
        i32.const 1
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $31
         local.get $13
         v128.load offset=16
         local.set $30
         local.get $13
         i32.load
         local.get $4
         i32.add
         local.tee $10
         local.get $9
         i32.add
         local.set $15
         local.get $10
         local.get $10
         v128.load
         local.get $3
         local.get $4
         i32.add
         v128.load
         local.tee $32
         local.get $13
         v128.load offset=32
         f64x2.mul
         f64x2.add
         v128.store
         local.get $15
         local.get $15
         v128.load
         local.get $32
         local.get $30
         f64x2.mul
         f64x2.add
         v128.store
         local.get $41
         i32.const 1
         i32.gt_s
         if
          local.get $13
          v128.load offset=64
          local.set $30
          local.get $13
          i32.load offset=48
          local.get $4
          i32.add
          local.tee $3
          local.get $9
          i32.add
          local.set $10
          local.get $3
          local.get $3
          v128.load
          local.get $32
          local.get $13
          v128.load offset=80
          f64x2.mul
          f64x2.add
          v128.store
          local.get $10
          local.get $10
          v128.load
          local.get $32
          local.get $30
          f64x2.mul
          f64x2.add
          v128.store
         end
         local.get $13
         local.get $41
         i32.const 48
         i32.mul
         i32.add
         local.set $10
         local.get $4
         local.set $3
         local.get $2
         local.set $4
         local.get $13
         i32.const 96
         i32.add
         local.set $15
         loop $for-loop|51
          local.get $10
          local.get $15
          i32.gt_u
          if
           local.get $15
           v128.load offset=16
           local.set $30
           local.get $15
           i32.load
           local.get $3
           i32.add
           local.tee $16
           local.get $9
           i32.add
           local.set $42
           local.get $16
           local.get $16
           v128.load
           local.get $32
           local.get $15
           v128.load offset=32
           f64x2.mul
           f64x2.add
           v128.store
           local.get $42
           local.get $42
           v128.load
           local.get $32
           local.get $30
           f64x2.mul
           f64x2.add
           v128.store
           local.get $31
           local.get $4
           i32.load
           local.get $3
           i32.add
           local.tee $16
           v128.load
           local.tee $30
           local.get $9
           local.get $16
           i32.add
           v128.load
           local.get $30
           f64x2.sub
           local.get $4
           v128.load offset=16
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $31
           local.get $15
           i32.const 48
           i32.add
           local.set $15
           local.get $4
           i32.const 48
           i32.add
           local.set $4
           br $for-loop|51
          end
         end
         local.get $2
         local.get $41
         i32.const 48
         i32.mul
         i32.add
         local.set $10
         loop $for-loop|52
          local.get $4
          local.get $10
          i32.lt_u
          if
           local.get $31
           local.get $4
           i32.load
           local.get $3
           i32.add
           local.tee $15
           v128.load
           local.tee $30
           local.get $9
           local.get $15
           i32.add
           v128.load
           local.get $30
           f64x2.sub
           local.get $4
           v128.load offset=16
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $31
           local.get $4
           i32.const 48
           i32.add
           local.set $4
           br $for-loop|52
          end
         end
         local.get $3
         local.get $17
         i32.add
         local.get $31
         local.get $29
         f64x2.mul
         local.get $31
         local.get $40
         select
         v128.store
        else
         local.get $10
         i32.const 2
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $31
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $30
          local.get $3
          local.get $4
          i32.add
          local.tee $3
          v128.load
          local.set $32
          local.get $3
          v128.load offset=16
          local.set $33
          local.get $13
          v128.load offset=16
          local.set $48
          local.get $13
          i32.load
          local.get $4
          i32.add
          local.tee $3
          local.get $9
          i32.add
          local.set $10
          local.get $3
          local.get $3
          v128.load
          local.get $32
          local.get $13
          v128.load offset=32
          local.tee $49
          f64x2.mul
          f64x2.add
          v128.store
          local.get $10
          local.get $10
          v128.load
          local.get $32
          local.get $48
          f64x2.mul
          f64x2.add
          v128.store
          local.get $3
          local.get $3
          v128.load offset=16
          local.get $33
          local.get $49
          f64x2.mul
          f64x2.add
          v128.store offset=16
          local.get $10
          local.get $10
          v128.load offset=16
          local.get $33
          local.get $48
          f64x2.mul
          f64x2.add
          v128.store offset=16
          local.get $41
          i32.const 1
          i32.gt_s
          if
           local.get $13
           v128.load offset=64
           local.set $48
           local.get $13
           i32.load offset=48
           local.get $4
           i32.add
           local.tee $3
           local.get $9
           i32.add
           local.set $10
           local.get $3
           local.get $3
           v128.load
           local.get $32
           local.get $13
           v128.load offset=80
           local.tee $49
           f64x2.mul
           f64x2.add
           v128.store
           local.get $10
           local.get $10
           v128.load
           local.get $32
           local.get $48
           f64x2.mul
           f64x2.add
           v128.store
           local.get $3
           local.get $3
           v128.load offset=16
           local.get $33
           local.get $49
           f64x2.mul
           f64x2.add
           v128.store offset=16
           local.get $10
           local.get $10
           v128.load offset=16
           local.get $33
           local.get $48
           f64x2.mul
           f64x2.add
           v128.store offset=16
          end
          local.get $13
          local.get $41
          i32.const 48
          i32.mul
          i32.add
          local.set $10
          local.get $4
          local.set $3
          local.get $2
          local.set $4
          local.get $13
          i32.const 96
          i32.add
          local.set $15
          loop $for-loop|53
           local.get $10
           local.get $15
           i32.gt_u
           if
            local.get $15
            v128.load offset=16
            local.set $48
            local.get $15
            i32.load
            local.get $3
            i32.add
            local.tee $16
            local.get $9
            i32.add
            local.set $42
            local.get $16
            local.get $16
            v128.load
            local.get $32
            local.get $15
            v128.load offset=32
            local.tee $49
            f64x2.mul
            f64x2.add
            v128.store
            local.get $42
            local.get $42
            v128.load
            local.get $32
            local.get $48
            f64x2.mul
            f64x2.add
            v128.store
            local.get $16
            local.get $16
            v128.load offset=16
            local.get $33
            local.get $49
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $42
            local.get $42
            v128.load offset=16
            local.get $33
            local.get $48
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $4
            i32.load
            local.get $3
            i32.add
            local.tee $16
            local.get $9
            i32.add
            local.set $42
            local.get $31
            local.get $16
            v128.load
            local.tee $31
            local.get $42
            v128.load
            local.get $31
            f64x2.sub
            local.get $4
            v128.load offset=16
            local.tee $48
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $31
            local.get $30
            local.get $16
            v128.load offset=16
            local.tee $30
            local.get $42
            v128.load offset=16
            local.get $30
            f64x2.sub
            local.get $48
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $30
            local.get $15
            i32.const 48
            i32.add
            local.set $15
            local.get $4
            i32.const 48
            i32.add
            local.set $4
            br $for-loop|53
           end
          end
          local.get $2
          local.get $41
          i32.const 48
          i32.mul
          i32.add
          local.set $10
          loop $for-loop|54
           local.get $4
           local.get $10
           i32.lt_u
           if
            local.get $31
            local.get $4
            i32.load
            local.get $3
            i32.add
            local.tee $15
            v128.load
            local.tee $31
            local.get $9
            local.get $15
            i32.add
            v128.load
            local.get $31
            f64x2.sub
            local.get $4
            v128.load offset=16
            local.tee $32
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $31
            local.get $30
            local.get $15
            i32.const 16
            i32.add
            local.tee $15
            v128.load
            local.tee $30
            local.get $9
            local.get $15
            i32.add
            v128.load
            local.get $30
            f64x2.sub
            local.get $32
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $30
            local.get $4
            i32.const 48
            i32.add
            local.set $4
            br $for-loop|54
           end
          end
          local.get $3
          local.get $17
          i32.add
          local.tee $3
          local.get $31
          local.get $29
          f64x2.mul
          local.get $31
          local.get $40
          select
          v128.store
          local.get $3
          local.get $30
          local.get $29
          f64x2.mul
          local.get $30
          local.get $40
          select
          v128.store offset=16
         else
          local.get $10
          i32.const 3
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $31
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $30
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $32
           local.get $3
           local.get $4
           i32.add
           local.tee $3
           v128.load
           local.set $33
           local.get $3
           v128.load offset=16
           local.set $48
           local.get $3
           v128.load offset=32
           local.set $49
           local.get $13
           v128.load offset=16
           local.set $50
           local.get $13
           i32.load
           local.get $4
           i32.add
           local.tee $3
           local.get $9
           i32.add
           local.set $10
           local.get $3
           local.get $3
           v128.load
           local.get $33
           local.get $13
           v128.load offset=32
           local.tee $51
           f64x2.mul
           f64x2.add
           v128.store
           local.get $10
           local.get $10
           v128.load
           local.get $33
           local.get $50
           f64x2.mul
           f64x2.add
           v128.store
           local.get $3
           local.get $3
           v128.load offset=16
           local.get $48
           local.get $51
           f64x2.mul
           f64x2.add
           v128.store offset=16
           local.get $10
           local.get $10
           v128.load offset=16
           local.get $48
           local.get $50
           f64x2.mul
           f64x2.add
           v128.store offset=16
           local.get $3
           local.get $3
           v128.load offset=32
           local.get $49
           local.get $51
           f64x2.mul
           f64x2.add
           v128.store offset=32
           local.get $10
           local.get $10
           v128.load offset=32
           local.get $49
           local.get $50
           f64x2.mul
           f64x2.add
           v128.store offset=32
           local.get $41
           i32.const 1
           i32.gt_s
           if
            local.get $13
            v128.load offset=64
            local.set $50
            local.get $13
            i32.load offset=48
            local.get $4
            i32.add
            local.tee $3
            local.get $9
            i32.add
            local.set $10
            local.get $3
            local.get $3
            v128.load
            local.get $33
            local.get $13
            v128.load offset=80
            local.tee $51
            f64x2.mul
            f64x2.add
            v128.store
            local.get $10
            local.get $10
            v128.load
            local.get $33
            local.get $50
            f64x2.mul
            f64x2.add
            v128.store
            local.get $3
            local.get $3
            v128.load offset=16
            local.get $48
            local.get $51
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $10
            local.get $10
            v128.load offset=16
            local.get $48
            local.get $50
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $3
            local.get $3
            v128.load offset=32
            local.get $49
            local.get $51
            f64x2.mul
            f64x2.add
            v128.store offset=32
            local.get $10
            local.get $10
            v128.load offset=32
            local.get $49
            local.get $50
            f64x2.mul
            f64x2.add
            v128.store offset=32
           end
           local.get $13
           local.get $41
           i32.const 48
           i32.mul
           i32.add
           local.set $10
           local.get $4
           local.set $3
           local.get $2
           local.set $4
           local.get $13
           i32.const 96
           i32.add
           local.set $15
           loop $for-loop|55
            local.get $10
            local.get $15
            i32.gt_u
            if
             local.get $15
             v128.load offset=16
             local.set $50
             local.get $15
             i32.load
             local.get $3
             i32.add
             local.tee $16
             local.get $9
             i32.add
             local.set $42
             local.get $16
             local.get $16
             v128.load
             local.get $33
             local.get $15
             v128.load offset=32
             local.tee $51
             f64x2.mul
             f64x2.add
             v128.store
             local.get $42
             local.get $42
             v128.load
             local.get $33
             local.get $50
             f64x2.mul
             f64x2.add
             v128.store
             local.get $16
             local.get $16
             v128.load offset=16
             local.get $48
             local.get $51
             f64x2.mul
             f64x2.add
             v128.store offset=16
             local.get $42
             local.get $42
             v128.load offset=16
             local.get $48
             local.get $50
             f64x2.mul
             f64x2.add
             v128.store offset=16
             local.get $16
             local.get $16
             v128.load offset=32
             local.get $49
             local.get $51
             f64x2.mul
             f64x2.add
             v128.store offset=32
             local.get $42
             local.get $42
             v128.load offset=32
             local.get $49
             local.get $50
             f64x2.mul
             f64x2.add
             v128.store offset=32
             local.get $4
             i32.load
             local.get $3
             i32.add
             local.tee $16
             local.get $9
             i32.add
             local.set $42
             local.get $31
             local.get $16
             v128.load
             local.tee $31
             local.get $42
             v128.load
             local.get $31
             f64x2.sub
             local.get $4
             v128.load offset=16
             local.tee $50
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $31
             local.get $30
             local.get $16
             v128.load offset=16
             local.tee $30
             local.get $42
             v128.load offset=16
             local.get $30
             f64x2.sub
             local.get $50
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $30
             local.get $32
             local.get $16
             v128.load offset=32
             local.tee $32
             local.get $42
             v128.load offset=32
             local.get $32
             f64x2.sub
             local.get $50
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $32
             local.get $15
             i32.const 48
             i32.add
             local.set $15
             local.get $4
             i32.const 48
             i32.add
             local.set $4
             br $for-loop|55
            end
           end
           local.get $2
           local.get $41
           i32.const 48
           i32.mul
           i32.add
           local.set $10
           loop $for-loop|56
            local.get $4
            local.get $10
            i32.lt_u
            if
             local.get $31
             local.get $4
             i32.load
             local.get $3
             i32.add
             local.tee $15
             v128.load
             local.tee $31
             local.get $9
             local.get $15
             i32.add
             v128.load
             local.get $31
             f64x2.sub
             local.get $4
             v128.load offset=16
             local.tee $33
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $31
             local.get $30
             local.get $15
             i32.const 16
             i32.add
             local.tee $16
             v128.load
             local.tee $30
             local.get $9
             local.get $16
             i32.add
             v128.load
             local.get $30
             f64x2.sub
             local.get $33
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $30
             local.get $32
             local.get $15
             i32.const 32
             i32.add
             local.tee $15
             v128.load
             local.tee $32
             local.get $9
             local.get $15
             i32.add
             v128.load
             local.get $32
             f64x2.sub
             local.get $33
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $32
             local.get $4
             i32.const 48
             i32.add
             local.set $4
             br $for-loop|56
            end
           end
           local.get $3
           local.get $17
           i32.add
           local.tee $3
           local.get $31
           local.get $29
           f64x2.mul
           local.get $31
           local.get $40
           select
           v128.store
           local.get $3
           local.get $30
           local.get $29
           f64x2.mul
           local.get $30
           local.get $40
           select
           v128.store offset=16
           local.get $3
           local.get $32
           local.get $29
           f64x2.mul
           local.get $32
           local.get $40
           select
           v128.store offset=32
          end
         end
        end
       else
        local.get $18
        i32.load offset=32
        i32.const 3
        i32.shl
        local.set $10
        local.get $18
        i32.load offset=60
        local.set $15
        local.get $18
        i32.load offset=24
        local.set $16
        local.get $18
        i32.load offset=44
        drop
        block $assembly/nk/updateLayerAt<f64>|inlined.4
         local.get $18
         i32.load offset=28
         i32.const 1
         i32.eq
         if
          local.get $16
          i32.const -2
          i32.and
          local.set $3
          local.get $15
          v128.load64_splat
          local.set $29
          i32.const 0
          local.set $9
          loop $for-loop|58
           local.get $3
           local.get $9
           i32.gt_s
           if
            local.get $7
            local.get $9
            i32.const 2
            i32.shl
            i32.add
            local.tee $4
            i32.load
            local.tee $10
            v128.load
            local.tee $30
            local.get $4
            i32.load offset=4
            local.tee $4
            v128.load
            local.tee $31
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.get $29
            v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
            local.get $8
            local.get $9
            i32.const 3
            i32.shl
            i32.add
            v128.load
            local.tee $32
            f64x2.sub
            f64x2.mul
            f64x2.add
            local.set $33
            local.get $10
            local.get $33
            local.get $30
            local.get $31
            i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
            local.get $29
            local.get $32
            f64x2.mul
            f64x2.add
            local.tee $30
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            v128.store
            local.get $4
            local.get $33
            local.get $30
            i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
            v128.store
            local.get $9
            i32.const 2
            i32.add
            local.set $9
            br $for-loop|58
           end
          end
          local.get $15
          f64.load
          local.set $5
          loop $for-loop|59
           local.get $9
           local.get $16
           i32.lt_s
           if
            local.get $7
            local.get $9
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.tee $3
            f64.load offset=8
            local.set $12
            local.get $3
            local.get $3
            f64.load
            local.get $5
            f64.const 1
            local.get $8
            local.get $9
            i32.const 3
            i32.shl
            i32.add
            f64.load
            local.tee $14
            f64.sub
            f64.mul
            f64.add
            f64.store
            local.get $3
            local.get $12
            local.get $5
            local.get $14
            f64.mul
            f64.add
            f64.store offset=8
            local.get $9
            i32.const 1
            i32.add
            local.set $9
            br $for-loop|59
           end
          end
          br $assembly/nk/updateLayerAt<f64>|inlined.4
         end
         i32.const 0
         local.set $4
         loop $for-loop|61
          local.get $4
          local.get $16
          i32.lt_s
          if
           v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
           local.get $8
           local.get $4
           i32.const 3
           i32.shl
           i32.add
           v128.load64_splat
           local.tee $29
           f64x2.sub
           local.set $30
           local.get $7
           local.get $4
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.set $17
           i32.const 0
           local.set $9
           loop $for-loop|63
            local.get $9
            i32.const -64
            i32.sub
            local.tee $3
            local.get $10
            i32.le_u
            if
             local.get $9
             local.get $17
             i32.add
             local.tee $40
             local.get $40
             v128.load
             local.get $9
             local.get $15
             i32.add
             local.tee $9
             v128.load
             local.tee $31
             local.get $30
             f64x2.mul
             f64x2.add
             v128.store
             local.get $10
             local.get $40
             i32.add
             local.tee $41
             local.get $41
             v128.load
             local.get $31
             local.get $29
             f64x2.mul
             f64x2.add
             v128.store
             local.get $40
             i32.const 16
             i32.add
             local.tee $41
             local.get $41
             v128.load
             local.get $9
             v128.load offset=16
             local.tee $31
             local.get $30
             f64x2.mul
             f64x2.add
             v128.store
             local.get $10
             local.get $41
             i32.add
             local.tee $41
             local.get $41
             v128.load
             local.get $31
             local.get $29
             f64x2.mul
             f64x2.add
             v128.store
             local.get $40
             i32.const 32
             i32.add
             local.tee $41
             local.get $41
             v128.load
             local.get $9
             v128.load offset=32
             local.tee $31
             local.get $30
             f64x2.mul
             f64x2.add
             v128.store
             local.get $10
             local.get $41
             i32.add
             local.tee $41
             local.get $41
             v128.load
             local.get $31
             local.get $29
             f64x2.mul
             f64x2.add
             v128.store
             local.get $40
             i32.const 48
             i32.add
             local.tee $40
             local.get $40
             v128.load
             local.get $9
             v128.load offset=48
             local.tee $31
             local.get $30
             f64x2.mul
             f64x2.add
             v128.store
             local.get $10
             local.get $40
             i32.add
             local.tee $9
             local.get $9
             v128.load
             local.get $31
             local.get $29
             f64x2.mul
             f64x2.add
             v128.store
             local.get $3
             local.set $9
             br $for-loop|63
            end
           end
           loop $for-loop|64
            local.get $9
            local.get $10
            i32.lt_u
            if
             local.get $9
             local.get $17
             i32.add
             local.tee $3
             local.get $3
             v128.load
             local.get $9
             local.get $15
             i32.add
             v128.load
             local.tee $31
             local.get $30
             f64x2.mul
             f64x2.add
             v128.store
             local.get $3
             local.get $10
             i32.add
             local.tee $3
             local.get $3
             v128.load
             local.get $31
             local.get $29
             f64x2.mul
             f64x2.add
             v128.store
             local.get $9
             i32.const 16
             i32.add
             local.set $9
             br $for-loop|64
            end
           end
           local.get $4
           i32.const 1
           i32.add
           local.set $4
           br $for-loop|61
          end
         end
        end
        local.get $18
        i32.load offset=32
        i32.const 3
        i32.shl
        local.set $3
        local.get $18
        i32.load offset=56
        local.set $10
        local.get $18
        i32.load offset=4
        i32.const 0
        i32.ne
        local.set $15
        f64.const 1
        local.get $18
        i32.load offset=24
        local.tee $17
        f64.convert_i32_s
        f64.div
        f64x2.splat
        local.set $48
        i32.const 0
        local.set $4
        loop $for-loop|65
         local.get $4
         i32.const -64
         i32.sub
         local.get $3
         i32.le_u
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $29
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $32
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $30
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $33
          i32.const 0
          local.set $16
          loop $for-loop|66
           local.get $16
           local.get $17
           i32.lt_s
           if
            local.get $0
            local.get $16
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.get $4
            i32.add
            local.tee $9
            local.get $3
            i32.add
            local.set $40
            local.get $29
            local.get $9
            v128.load
            local.tee $29
            local.get $40
            v128.load
            local.get $29
            f64x2.sub
            local.get $1
            local.get $16
            i32.const 3
            i32.shl
            i32.add
            v128.load64_splat
            local.tee $31
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $29
            local.get $32
            local.get $9
            v128.load offset=16
            local.tee $32
            local.get $40
            v128.load offset=16
            local.get $32
            f64x2.sub
            local.get $31
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $32
            local.get $30
            local.get $9
            v128.load offset=32
            local.tee $30
            local.get $40
            v128.load offset=32
            local.get $30
            f64x2.sub
            local.get $31
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $30
            local.get $33
            local.get $9
            v128.load offset=48
            local.tee $33
            local.get $40
            v128.load offset=48
            local.get $33
            f64x2.sub
            local.get $31
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $33
            local.get $16
            i32.const 1
            i32.add
            local.set $16
            br $for-loop|66
           end
          end
          local.get $4
          local.get $10
          i32.add
          local.tee $9
          local.get $29
          local.get $48
          f64x2.mul
          local.get $29
          local.get $15
          select
          v128.store
          local.get $9
          local.get $32
          local.get $48
          f64x2.mul
          local.get $32
          local.get $15
          select
          v128.store offset=16
          local.get $9
          local.get $30
          local.get $48
          f64x2.mul
          local.get $30
          local.get $15
          select
          v128.store offset=32
          local.get $9
          local.get $33
          local.get $48
          f64x2.mul
          local.get $33
          local.get $15
          select
          v128.store offset=48
          local.get $4
          i32.const -64
          i32.sub
          local.set $4
          br $for-loop|65
         end
        end
        block $assembly/forward/accumulateLayer<f64>|inlined.8
         local.get $18
         i32.load offset=28
         i32.const 1
         i32.eq
         if
          local.get $17
          i32.const -2
          i32.and
          local.set $3
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $31
          i32.const 0
          local.set $4
          loop $for-loop|67
           local.get $3
           local.get $4
           i32.gt_s
           if
            local.get $31
            local.get $0
            local.get $4
            i32.const 2
            i32.shl
            i32.add
            local.tee $9
            i32.load
            v128.load
            local.tee $29
            local.get $9
            i32.load offset=4
            v128.load
            local.tee $30
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.tee $31
            local.get $29
            local.get $30
            i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
            local.get $31
            f64x2.sub
            local.get $1
            local.get $4
            i32.const 3
            i32.shl
            i32.add
            v128.load
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $31
            local.get $4
            i32.const 2
            i32.add
            local.set $4
            br $for-loop|67
           end
          end
          local.get $31
          f64x2.extract_lane 0
          local.set $5
          local.get $4
          local.get $17
          i32.lt_s
          if (result f64)
           local.get $5
           local.get $0
           local.get $4
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.tee $3
           f64.load
           local.tee $5
           local.get $3
           f64.load offset=8
           local.get $5
           f64.sub
           local.get $1
           local.get $4
           i32.const 3
           i32.shl
           i32.add
           f64.load
           f64.mul
           f64.add
           f64.add
          else
           local.get $5
          end
          local.get $31
          f64x2.extract_lane 1
          f64.add
          local.set $5
          local.get $10
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $15
          if (result f64)
           local.get $5
           f64.const 1
           local.get $17
           f64.convert_i32_s
           f64.div
           f64.mul
          else
           local.get $5
          end
          f64x2.replace_lane 0
          v128.store
          br $assembly/forward/accumulateLayer<f64>|inlined.8
         end
         local.get $3
         local.get $4
         i32.sub
         i32.const 4
         i32.shr_u
         local.tee $9
         i32.const 1
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $29
          i32.const 0
          local.set $9
          loop $for-loop|68
           local.get $9
           local.get $17
           i32.lt_s
           if
            local.get $29
            local.get $0
            local.get $9
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.get $4
            i32.add
            local.tee $16
            v128.load
            local.tee $29
            local.get $3
            local.get $16
            i32.add
            v128.load
            local.get $29
            f64x2.sub
            local.get $1
            local.get $9
            i32.const 3
            i32.shl
            i32.add
            v128.load64_splat
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $29
            local.get $9
            i32.const 1
            i32.add
            local.set $9
            br $for-loop|68
           end
          end
          local.get $4
          local.get $10
          i32.add
          local.get $29
          local.get $48
          f64x2.mul
          local.get $29
          local.get $15
          select
          v128.store
         else
          local.get $9
          i32.const 2
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $31
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $32
           i32.const 0
           local.set $16
           loop $for-loop|69
            local.get $16
            local.get $17
            i32.lt_s
            if
             local.get $0
             local.get $16
             i32.const 2
             i32.shl
             i32.add
             i32.load
             local.get $4
             i32.add
             local.tee $9
             local.get $3
             i32.add
             local.set $40
             local.get $31
             local.get $9
             v128.load
             local.tee $29
             local.get $40
             v128.load
             local.get $29
             f64x2.sub
             local.get $1
             local.get $16
             i32.const 3
             i32.shl
             i32.add
             v128.load64_splat
             local.tee $29
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $31
             local.get $32
             local.get $9
             v128.load offset=16
             local.tee $30
             local.get $40
             v128.load offset=16
             local.get $30
             f64x2.sub
             local.get $29
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $32
             local.get $16
             i32.const 1
             i32.add
             local.set $16
             br $for-loop|69
            end
           end
           local.get $4
           local.get $10
           i32.add
           local.tee $3
           local.get $31
           local.get $48
           f64x2.mul
           local.get $31
           local.get $15
           select
           v128.store
           local.get $3
           local.get $32
           local.get $48
           f64x2.mul
           local.get $32
           local.get $15
           select
           v128.store offset=16
          else
           local.get $9
           i32.const 3
           i32.eq
           if
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $31
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $32
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $30
            i32.const 0
            local.set $16
            loop $for-loop|70
             local.get $16
             local.get $17
             i32.lt_s
             if
              local.get $0
              local.get $16
              i32.const 2
              i32.shl
              i32.add
              i32.load
              local.get $4
              i32.add
              local.tee $9
              local.get $3
              i32.add
              local.set $40
              local.get $31
              local.get $9
              v128.load
              local.tee $29
              local.get $40
              v128.load
              local.get $29
              f64x2.sub
              local.get $1
              local.get $16
              i32.const 3
              i32.shl
              i32.add
              v128.load64_splat
              local.tee $29
              f64x2.mul
              f64x2.add
              f64x2.add
              local.set $31
              local.get $32
              local.get $9
              v128.load offset=16
              local.tee $32
              local.get $40
              v128.load offset=16
              local.get $32
              f64x2.sub
              local.get $29
              f64x2.mul
              f64x2.add
              f64x2.add
              local.set $32
              local.get $30
              local.get $9
              v128.load offset=32
              local.tee $30
              local.get $40
              v128.load offset=32
              local.get $30
              f64x2.sub
              local.get $29
              f64x2.mul
              f64x2.add
              f64x2.add
              local.set $30
              local.get $16
              i32.const 1
              i32.add
              local.set $16
              br $for-loop|70
             end
            end
            local.get $4
            local.get $10
            i32.add
            local.tee $3
            local.get $31
            local.get $48
            f64x2.mul
            local.get $31
            local.get $15
            select
            v128.store
            local.get $3
            local.get $32
            local.get $48
            f64x2.mul
            local.get $32
            local.get $15
            select
            v128.store offset=16
            local.get $3
            local.get $30
            local.get $48
            f64x2.mul
            local.get $30
            local.get $15
            select
            v128.store offset=32
           end
          end
         end
        end
       end
      end
      local.get $7
      local.get $0
      local.set $7
      local.set $0
      local.get $8
      local.get $1
      local.set $8
      local.set $1
      local.get $13
      local.get $2
      local.set $13
      local.set $2
     else
      local.get $15
      i32.eqz
      if
       block $assembly/nk/updateLayerAt<f64>|inlined.5
        local.get $18
        i32.load offset=32
        i32.const 3
        i32.shl
        local.set $10
        local.get $18
        i32.load offset=60
        local.set $15
        local.get $18
        i32.load offset=24
        local.set $16
        local.get $18
        i32.load offset=44
        drop
        local.get $18
        i32.load offset=28
        i32.const 1
        i32.eq
        if
         local.get $16
         i32.const -2
         i32.and
         local.set $3
         local.get $15
         v128.load64_splat
         local.set $29
         i32.const 0
         local.set $9
         loop $for-loop|72
          local.get $3
          local.get $9
          i32.gt_s
          if
           local.get $7
           local.get $9
           i32.const 2
           i32.shl
           i32.add
           local.tee $4
           i32.load
           local.tee $10
           v128.load
           local.tee $30
           local.get $4
           i32.load offset=4
           local.tee $4
           v128.load
           local.tee $31
           i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
           local.get $29
           v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
           local.get $8
           local.get $9
           i32.const 3
           i32.shl
           i32.add
           v128.load
           local.tee $32
           f64x2.sub
           f64x2.mul
           f64x2.add
           local.set $33
           local.get $10
           local.get $33
           local.get $30
           local.get $31
           i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
           local.get $29
           local.get $32
           f64x2.mul
           f64x2.add
           local.tee $30
           i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
           v128.store
           local.get $4
           local.get $33
           local.get $30
           i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
           v128.store
           local.get $9
           i32.const 2
           i32.add
           local.set $9
           br $for-loop|72
          end
         end
         local.get $15
         f64.load
         local.set $5
         loop $for-loop|73
          local.get $9
          local.get $16
          i32.lt_s
          if
           local.get $7
           local.get $9
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.tee $3
           f64.load offset=8
           local.set $12
           local.get $3
           local.get $3
           f64.load
           local.get $5
           f64.const 1
           local.get $8
           local.get $9
           i32.const 3
           i32.shl
           i32.add
           f64.load
           local.tee $14
           f64.sub
           f64.mul
           f64.add
           f64.store
           local.get $3
           local.get $12
           local.get $5
           local.get $14
           f64.mul
           f64.add
           f64.store offset=8
           local.get $9
           i32.const 1
           i32.add
           local.set $9
           br $for-loop|73
          end
         end
         br $assembly/nk/updateLayerAt<f64>|inlined.5
        end
        i32.const 0
        local.set $4
        loop $for-loop|75
         local.get $4
         local.get $16
         i32.lt_s
         if
          v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
          local.get $8
          local.get $4
          i32.const 3
          i32.shl
          i32.add
          v128.load64_splat
          local.tee $29
          f64x2.sub
          local.set $30
          local.get $7
          local.get $4
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set $17
          i32.const 0
          local.set $9
          loop $for-loop|77
           local.get $9
           i32.const -64
           i32.sub
           local.tee $3
           local.get $10
           i32.le_u
           if
            local.get $9
            local.get $17
            i32.add
            local.tee $40
            local.get $40
            v128.load
            local.get $9
            local.get $15
            i32.add
            local.tee $9
            v128.load
            local.tee $31
            local.get $30
            f64x2.mul
            f64x2.add
            v128.store
            local.get $10
            local.get $40
            i32.add
            local.tee $41
            local.get $41
            v128.load
            local.get $31
            local.get $29
            f64x2.mul
            f64x2.add
            v128.store
            local.get $40
            i32.const 16
            i32.add
            local.tee $41
            local.get $41
            v128.load
            local.get $9
            v128.load offset=16
            local.tee $31
            local.get $30
            f64x2.mul
            f64x2.add
            v128.store
            local.get $10
            local.get $41
            i32.add
            local.tee $41
            local.get $41
            v128.load
            local.get $31
            local.get $29
            f64x2.mul
            f64x2.add
            v128.store
            local.get $40
            i32.const 32
            i32.add
            local.tee $41
            local.get $41
            v128.load
            local.get $9
            v128.load offset=32
            local.tee $31
            local.get $30
            f64x2.mul
            f64x2.add
            v128.store
            local.get $10
            local.get $41
            i32.add
            local.tee $41
            local.get $41
            v128.load
            local.get $31
            local.get $29
            f64x2.mul
            f64x2.add
            v128.store
            local.get $40
            i32.const 48
            i32.add
            local.tee $40
            local.get $40
            v128.load
            local.get $9
            v128.load offset=48
            local.tee $31
            local.get $30
            f64x2.mul
            f64x2.add
            v128.store
            local.get $10
            local.get $40
            i32.add
            local.tee $9
            local.get $9
            v128.load
            local.get $31
            local.get $29
            f64x2.mul
            f64x2.add
            v128.store
            local.get $3
            local.set $9
            br $for-loop|77
           end
          end
          loop $for-loop|78
           local.get $9
           local.get $10
           i32.lt_u
           if
            local.get $9
            local.get $17
            i32.add
            local.tee $3
            local.get $3
            v128.load
            local.get $9
            local.get $15
            i32.add
            v128.load
            local.tee $31
            local.get $30
            f64x2.mul
            f64x2.add
            v128.store
            local.get $3
            local.get $10
            i32.add
            local.tee $3
            local.get $3
            v128.load
            local.get $31
            local.get $29
            f64x2.mul
            f64x2.add
            v128.store
            local.get $9
            i32.const 16
            i32.add
            local.set $9
            br $for-loop|78
           end
          end
          local.get $4
          i32.const 1
          i32.add
          local.set $4
          br $for-loop|75
         end
        end
       end
      end
     end
     local.get $19
     i32.const 1
     i32.add
     local.set $19
     br $for-loop|11
    end
   end
  end
 )
 (func $assembly/index/serialRangeF32 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 f32) (param $6 f32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 f32)
  (local $12 f32)
  (local $13 i32)
  (local $14 f32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 f32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 f32)
  (local $52 i32)
  (local $53 i32)
  (local $54 v128)
  (local $55 v128)
  local.get $3
  local.tee $18
  local.get $4
  i32.lt_s
  if
   local.get $2
   local.set $21
   local.get $5
   local.set $19
   local.get $7
   local.set $22
   local.get $8
   local.set $23
   local.get $4
   local.set $20
   local.get $0
   local.tee $17
   i32.load offset=12
   local.set $32
   local.get $17
   local.get $17
   i32.load
   local.tee $36
   i32.const 10
   i32.mul
   local.tee $0
   i32.const 4
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.set $33
   local.get $17
   local.get $0
   i32.const 5
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.set $34
   local.get $17
   i32.load offset=56
   local.set $24
   local.get $17
   i32.load offset=16
   local.set $2
   local.get $17
   i32.load offset=20
   local.tee $3
   local.get $17
   i32.load offset=24
   local.tee $16
   i32.const 3
   i32.add
   i32.const -4
   i32.and
   i32.const 2
   i32.shl
   local.tee $38
   i32.add
   local.tee $0
   local.get $16
   i32.const 48
   i32.mul
   i32.add
   local.set $13
   local.get $17
   i32.load offset=44
   local.set $39
   local.get $17
   i32.load offset=40
   local.set $40
   local.get $1
   local.tee $25
   local.get $17
   i32.load offset=8
   i32.const 2
   i32.shl
   local.tee $37
   local.get $18
   i32.mul
   i32.add
   local.set $41
   local.get $17
   i32.load offset=48
   local.set $7
   local.get $17
   i32.load offset=52
   local.set $8
   local.get $0
   i32.const 0
   local.get $17
   i32.load offset=28
   i32.const 1
   i32.ne
   local.tee $35
   select
   local.set $42
   local.get $17
   i32.load offset=36
   local.tee $43
   local.get $17
   i32.load offset=32
   i32.const 2
   i32.shl
   local.tee $44
   i32.mul
   local.set $45
   local.get $16
   i32.const -4
   i32.and
   local.set $1
   local.get $43
   i32.const 1
   i32.sub
   f32.convert_i32_s
   f32x4.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $28
   local.get $43
   i32.const 2
   i32.sub
   f32.convert_i32_s
   f32x4.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $31
   local.get $44
   i32x4.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $46
   local.get $45
   i32.const 2
   i32.shl
   i32x4.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $47
   local.get $40
   i32x4.splat
   v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
   local.get $45
   i32x4.splat
   i32x4.mul
   i32x4.add
   local.set $30
   loop $for-loop|1
    local.get $1
    local.get $15
    i32.gt_s
    if
     local.get $15
     i32.const 2
     i32.shl
     local.tee $4
     local.get $39
     i32.add
     local.set $26
     local.get $29
     local.get $4
     local.get $41
     i32.add
     v128.load
     local.tee $48
     local.get $26
     v128.load
     local.tee $49
     f32x4.le
     local.get $48
     local.get $26
     local.get $38
     i32.add
     v128.load
     f32x4.ge
     v128.or
     v128.or
     local.set $29
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.get $48
     local.get $49
     f32x4.sub
     local.get $26
     local.get $38
     i32.const 3
     i32.mul
     i32.add
     v128.load
     f32x4.mul
     f32x4.pmax
     local.get $28
     f32x4.pmin
     local.tee $48
     f32x4.floor
     local.get $31
     f32x4.pmin
     local.set $49
     local.get $4
     local.get $8
     i32.add
     local.get $48
     local.get $49
     f32x4.sub
     local.tee $48
     v128.store
     local.get $30
     local.get $49
     v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
     f32x4.add
     v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
     i32x4.sub
     local.get $46
     i32x4.mul
     i32x4.add
     local.set $49
     local.get $30
     local.get $47
     i32x4.add
     local.set $30
     local.get $4
     local.get $7
     i32.add
     local.get $49
     v128.store
     local.get $42
     if
      local.get $42
      local.get $15
      i32.const 48
      i32.mul
      i32.add
      local.tee $4
      local.get $49
      v128.store32_lane 0
      local.get $4
      local.get $48
      local.get $48
      i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
      v128.store offset=16
      local.get $4
      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
      local.get $48
      f32x4.sub
      local.tee $50
      local.get $50
      i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
      v128.store offset=32
      local.get $4
      i32.const 48
      i32.add
      local.get $49
      v128.store32_lane 1
      local.get $4
      local.get $48
      local.get $48
      i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
      v128.store offset=64
      local.get $4
      local.get $50
      local.get $50
      i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
      v128.store offset=80
      local.get $4
      i32.const 96
      i32.add
      local.get $49
      v128.store32_lane 2
      local.get $4
      local.get $48
      local.get $48
      i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
      v128.store offset=112
      local.get $4
      local.get $50
      local.get $50
      i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
      v128.store offset=128
      local.get $4
      i32.const 144
      i32.add
      local.get $49
      v128.store32_lane 3
      local.get $4
      local.get $48
      local.get $48
      i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
      v128.store offset=160
      local.get $4
      local.get $50
      local.get $50
      i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
      v128.store offset=176
     end
     local.get $15
     i32.const 4
     i32.add
     local.set $15
     br $for-loop|1
    end
   end
   local.get $29
   v128.any_true
   if
    i32.const 0
    local.set $4
    loop $for-loop|2
     local.get $1
     local.get $4
     i32.gt_s
     if
      local.get $4
      i32.const 2
      i32.shl
      local.tee $15
      local.get $39
      i32.add
      local.tee $26
      local.get $38
      i32.add
      f32.load
      local.set $5
      block $assembly/pl/adaptRange<f32>|inlined.8
       local.get $26
       f32.load
       local.tee $12
       local.get $15
       local.get $41
       i32.add
       f32.load
       local.tee $14
       f32.ge
       if
        local.get $14
        local.set $12
       else
        local.get $5
        local.get $14
        f32.le
        i32.eqz
        br_if $assembly/pl/adaptRange<f32>|inlined.8
        local.get $14
        local.set $5
       end
       local.get $26
       local.get $12
       local.get $5
       local.get $12
       f32.sub
       f32.const 0.009999999776482582
       f32.mul
       local.tee $12
       f32.sub
       local.tee $14
       f32.store
       local.get $26
       local.get $38
       i32.add
       local.get $5
       local.get $12
       f32.add
       local.tee $5
       f32.store
       local.get $26
       local.get $38
       i32.const 1
       i32.shl
       i32.add
       local.get $5
       local.get $14
       f32.sub
       local.get $43
       i32.const 1
       i32.sub
       f32.convert_i32_s
       f32.div
       local.tee $5
       f32.store
       local.get $26
       local.get $38
       i32.const 3
       i32.mul
       i32.add
       f32.const 1
       local.get $5
       f32.div
       f32.store
      end
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|2
     end
    end
    local.get $43
    i32.const 1
    i32.sub
    f32.convert_i32_s
    f32x4.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $28
    local.get $43
    i32.const 2
    i32.sub
    f32.convert_i32_s
    f32x4.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $30
    local.get $44
    i32x4.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $31
    local.get $43
    local.get $44
    i32.mul
    local.tee $4
    i32.const 2
    i32.shl
    i32x4.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $46
    local.get $40
    i32x4.splat
    v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
    local.get $4
    i32x4.splat
    i32x4.mul
    i32x4.add
    local.set $29
    i32.const 0
    local.set $15
    loop $for-loop|3
     local.get $1
     local.get $15
     i32.gt_s
     if
      local.get $15
      i32.const 2
      i32.shl
      local.tee $4
      local.get $39
      i32.add
      local.set $26
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $4
      local.get $41
      i32.add
      v128.load
      local.get $26
      v128.load
      f32x4.sub
      local.get $26
      local.get $38
      i32.const 3
      i32.mul
      i32.add
      v128.load
      f32x4.mul
      f32x4.pmax
      local.get $28
      f32x4.pmin
      local.tee $47
      f32x4.floor
      local.get $30
      f32x4.pmin
      local.set $48
      local.get $4
      local.get $8
      i32.add
      local.get $47
      local.get $48
      f32x4.sub
      local.tee $47
      v128.store
      local.get $29
      local.get $48
      v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
      f32x4.add
      v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
      i32x4.sub
      local.get $31
      i32x4.mul
      i32x4.add
      local.set $48
      local.get $29
      local.get $46
      i32x4.add
      local.set $29
      local.get $4
      local.get $7
      i32.add
      local.get $48
      v128.store
      local.get $42
      if
       local.get $42
       local.get $15
       i32.const 48
       i32.mul
       i32.add
       local.tee $4
       local.get $48
       v128.store32_lane 0
       local.get $4
       local.get $47
       local.get $47
       i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
       v128.store offset=16
       local.get $4
       v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
       local.get $47
       f32x4.sub
       local.tee $49
       local.get $49
       i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
       v128.store offset=32
       local.get $4
       i32.const 48
       i32.add
       local.get $48
       v128.store32_lane 1
       local.get $4
       local.get $47
       local.get $47
       i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
       v128.store offset=64
       local.get $4
       local.get $49
       local.get $49
       i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
       v128.store offset=80
       local.get $4
       i32.const 96
       i32.add
       local.get $48
       v128.store32_lane 2
       local.get $4
       local.get $47
       local.get $47
       i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
       v128.store offset=112
       local.get $4
       local.get $49
       local.get $49
       i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
       v128.store offset=128
       local.get $4
       i32.const 144
       i32.add
       local.get $48
       v128.store32_lane 3
       local.get $4
       local.get $47
       local.get $47
       i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
       v128.store offset=160
       local.get $4
       local.get $49
       local.get $49
       i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
       v128.store offset=176
      end
      local.get $15
      i32.const 4
      i32.add
      local.set $15
      br $for-loop|3
     end
    end
   end
   local.get $9
   local.set $26
   local.get $10
   local.set $27
   loop $for-loop|4
    local.get $1
    local.get $16
    i32.lt_s
    if
     local.get $1
     i32.const 2
     i32.shl
     local.tee $9
     local.get $41
     i32.add
     f32.load
     local.set $14
     local.get $9
     local.get $39
     i32.add
     local.tee $4
     f32.load
     local.set $5
     local.get $4
     local.get $38
     i32.add
     f32.load
     local.set $12
     block $assembly/pl/adaptRange<f32>|inlined.9
      local.get $5
      local.get $14
      f32.ge
      if
       local.get $14
       local.set $5
      else
       local.get $12
       local.get $14
       f32.le
       i32.eqz
       br_if $assembly/pl/adaptRange<f32>|inlined.9
       local.get $14
       local.set $12
      end
      local.get $4
      local.get $5
      local.get $12
      local.get $5
      f32.sub
      f32.const 0.009999999776482582
      f32.mul
      local.tee $5
      f32.sub
      local.tee $51
      f32.store
      local.get $4
      local.get $38
      i32.add
      local.get $12
      local.get $5
      f32.add
      local.tee $5
      f32.store
      local.get $4
      local.get $38
      i32.const 1
      i32.shl
      i32.add
      local.get $5
      local.get $51
      f32.sub
      local.get $43
      i32.const 1
      i32.sub
      f32.convert_i32_s
      f32.div
      local.tee $5
      f32.store
      local.get $4
      local.get $38
      i32.const 3
      i32.mul
      i32.add
      f32.const 1
      local.get $5
      f32.div
      f32.store
     end
     local.get $14
     local.get $9
     local.get $39
     i32.add
     local.tee $4
     f32.load
     f32.sub
     local.get $4
     local.get $38
     i32.const 3
     i32.mul
     i32.add
     f32.load
     f32.mul
     local.tee $12
     f32.const 0
     f32.lt
     if
      f32.const 0
      local.set $12
     end
     local.get $12
     local.get $43
     i32.const 1
     i32.sub
     f32.convert_i32_s
     local.tee $5
     f32.gt
     i32.eqz
     if
      local.get $12
      local.set $5
     end
     local.get $5
     i32.trunc_sat_f32_s
     local.tee $10
     local.get $43
     i32.const 2
     i32.sub
     local.tee $4
     i32.le_s
     if
      local.get $10
      local.set $4
     end
     local.get $7
     local.get $1
     i32.const 2
     i32.shl
     i32.add
     local.get $40
     local.get $1
     local.get $45
     i32.mul
     i32.add
     local.get $4
     local.get $44
     i32.mul
     i32.add
     local.tee $10
     i32.store
     local.get $8
     local.get $9
     i32.add
     local.get $5
     local.get $4
     f32.convert_i32_s
     f32.sub
     local.tee $5
     f32.store
     local.get $42
     local.get $1
     i32.const 48
     i32.mul
     i32.add
     i32.const 0
     local.get $42
     select
     local.tee $4
     if
      local.get $4
      local.get $10
      i32.store
      local.get $4
      local.get $5
      f32x4.splat
      v128.store offset=16
      local.get $4
      f32.const 1
      local.get $5
      f32.sub
      f32x4.splat
      v128.store offset=32
     end
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|4
    end
   end
   local.get $17
   i32.load offset=32
   i32.const 2
   i32.shl
   local.set $1
   local.get $17
   i32.load offset=56
   local.set $15
   local.get $17
   i32.load offset=4
   i32.const 0
   i32.ne
   local.set $16
   f32.const 1
   local.get $17
   i32.load offset=24
   local.tee $38
   f32.convert_i32_s
   f32.div
   f32x4.splat
   local.set $46
   i32.const 0
   local.set $10
   loop $for-loop|5
    local.get $10
    i32.const -64
    i32.sub
    local.get $1
    i32.le_u
    if
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $31
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $30
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $28
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $29
     i32.const 0
     local.set $4
     loop $for-loop|6
      local.get $4
      local.get $38
      i32.lt_s
      if
       local.get $4
       i32.const 2
       i32.shl
       local.tee $9
       local.get $7
       i32.add
       i32.load
       local.get $10
       i32.add
       local.tee $39
       local.get $1
       i32.add
       local.set $40
       local.get $31
       local.get $39
       v128.load
       local.tee $31
       local.get $40
       v128.load
       local.get $31
       f32x4.sub
       local.get $8
       local.get $9
       i32.add
       v128.load32_splat
       local.tee $47
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $31
       local.get $30
       local.get $39
       v128.load offset=16
       local.tee $30
       local.get $40
       v128.load offset=16
       local.get $30
       f32x4.sub
       local.get $47
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $30
       local.get $28
       local.get $39
       v128.load offset=32
       local.tee $28
       local.get $40
       v128.load offset=32
       local.get $28
       f32x4.sub
       local.get $47
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $28
       local.get $29
       local.get $39
       v128.load offset=48
       local.tee $29
       local.get $40
       v128.load offset=48
       local.get $29
       f32x4.sub
       local.get $47
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $29
       local.get $4
       i32.const 1
       i32.add
       local.set $4
       br $for-loop|6
      end
     end
     local.get $10
     local.get $15
     i32.add
     local.tee $4
     local.get $31
     local.get $46
     f32x4.mul
     local.get $31
     local.get $16
     select
     v128.store
     local.get $4
     local.get $30
     local.get $46
     f32x4.mul
     local.get $30
     local.get $16
     select
     v128.store offset=16
     local.get $4
     local.get $28
     local.get $46
     f32x4.mul
     local.get $28
     local.get $16
     select
     v128.store offset=32
     local.get $4
     local.get $29
     local.get $46
     f32x4.mul
     local.get $29
     local.get $16
     select
     v128.store offset=48
     local.get $10
     i32.const -64
     i32.sub
     local.set $10
     br $for-loop|5
    end
   end
   block $assembly/forward/accumulateLayer<f32>|inlined.5
    local.get $17
    i32.load offset=28
    i32.const 1
    i32.eq
    if
     local.get $38
     i32.const -4
     i32.and
     local.set $1
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $29
     i32.const 0
     local.set $10
     loop $for-loop|7
      local.get $1
      local.get $10
      i32.gt_s
      if
       local.get $29
       local.get $10
       i32.const 2
       i32.shl
       local.tee $4
       local.get $7
       i32.add
       local.tee $9
       i32.load offset=4
       local.get $9
       i32.load
       v128.load64_zero
       v128.load64_lane 1
       local.tee $28
       local.get $9
       i32.load offset=12
       local.get $9
       i32.load offset=8
       v128.load64_zero
       v128.load64_lane 1
       local.tee $29
       i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
       local.tee $30
       local.get $28
       local.get $29
       i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
       local.get $30
       f32x4.sub
       local.get $4
       local.get $8
       i32.add
       v128.load
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $29
       local.get $10
       i32.const 4
       i32.add
       local.set $10
       br $for-loop|7
      end
     end
     local.get $29
     f32x4.extract_lane 0
     local.set $5
     local.get $29
     f32x4.extract_lane 1
     local.set $12
     local.get $29
     f32x4.extract_lane 2
     local.set $14
     local.get $10
     local.get $38
     i32.lt_s
     if (result f32)
      local.get $5
      local.get $10
      i32.const 2
      i32.shl
      local.tee $1
      local.get $7
      i32.add
      i32.load
      local.tee $4
      f32.load
      local.tee $5
      local.get $4
      f32.load offset=4
      local.get $5
      f32.sub
      local.get $1
      local.get $8
      i32.add
      f32.load
      f32.mul
      f32.add
      f32.add
     else
      local.get $5
     end
     local.get $10
     i32.const 1
     i32.add
     local.tee $1
     local.get $38
     i32.lt_s
     if (result f32)
      local.get $12
      local.get $1
      i32.const 2
      i32.shl
      local.tee $1
      local.get $7
      i32.add
      i32.load
      local.tee $4
      f32.load
      local.tee $5
      local.get $4
      f32.load offset=4
      local.get $5
      f32.sub
      local.get $1
      local.get $8
      i32.add
      f32.load
      f32.mul
      f32.add
      f32.add
     else
      local.get $12
     end
     f32.add
     local.get $10
     i32.const 2
     i32.add
     local.tee $1
     local.get $38
     i32.lt_s
     if (result f32)
      local.get $14
      local.get $1
      i32.const 2
      i32.shl
      local.tee $1
      local.get $7
      i32.add
      i32.load
      local.tee $4
      f32.load
      local.tee $5
      local.get $4
      f32.load offset=4
      local.get $5
      f32.sub
      local.get $1
      local.get $8
      i32.add
      f32.load
      f32.mul
      f32.add
      f32.add
     else
      local.get $14
     end
     local.get $29
     f32x4.extract_lane 3
     f32.add
     f32.add
     local.set $5
     local.get $15
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.get $16
     if (result f32)
      local.get $5
      f32.const 1
      local.get $38
      f32.convert_i32_s
      f32.div
      f32.mul
     else
      local.get $5
     end
     f32x4.replace_lane 0
     v128.store
     br $assembly/forward/accumulateLayer<f32>|inlined.5
    end
    local.get $1
    local.get $10
    i32.sub
    i32.const 4
    i32.shr_u
    local.tee $4
    i32.const 1
    i32.eq
    if
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $31
     i32.const 0
     local.set $9
     loop $for-loop|8
      local.get $9
      local.get $38
      i32.lt_s
      if
       local.get $31
       local.get $9
       i32.const 2
       i32.shl
       local.tee $4
       local.get $7
       i32.add
       i32.load
       local.get $10
       i32.add
       local.tee $39
       v128.load
       local.tee $28
       local.get $1
       local.get $39
       i32.add
       v128.load
       local.get $28
       f32x4.sub
       local.get $4
       local.get $8
       i32.add
       v128.load32_splat
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $31
       local.get $9
       i32.const 1
       i32.add
       local.set $9
       br $for-loop|8
      end
     end
     local.get $10
     local.get $15
     i32.add
     local.get $31
     local.get $46
     f32x4.mul
     local.get $31
     local.get $16
     select
     v128.store
    else
     local.get $4
     i32.const 2
     i32.eq
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $29
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $30
      i32.const 0
      local.set $4
      loop $for-loop|9
       local.get $4
       local.get $38
       i32.lt_s
       if
        local.get $4
        i32.const 2
        i32.shl
        local.tee $9
        local.get $7
        i32.add
        i32.load
        local.get $10
        i32.add
        local.tee $39
        local.get $1
        i32.add
        local.set $40
        local.get $29
        local.get $39
        v128.load
        local.tee $28
        local.get $40
        v128.load
        local.get $28
        f32x4.sub
        local.get $8
        local.get $9
        i32.add
        v128.load32_splat
        local.tee $28
        f32x4.mul
        f32x4.add
        f32x4.add
        local.set $29
        local.get $30
        local.get $39
        v128.load offset=16
        local.tee $30
        local.get $40
        v128.load offset=16
        local.get $30
        f32x4.sub
        local.get $28
        f32x4.mul
        f32x4.add
        f32x4.add
        local.set $30
        local.get $4
        i32.const 1
        i32.add
        local.set $4
        br $for-loop|9
       end
      end
      local.get $10
      local.get $15
      i32.add
      local.tee $1
      local.get $29
      local.get $46
      f32x4.mul
      local.get $29
      local.get $16
      select
      v128.store
      local.get $1
      local.get $30
      local.get $46
      f32x4.mul
      local.get $30
      local.get $16
      select
      v128.store offset=16
     else
      local.get $4
      i32.const 3
      i32.eq
      if
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $29
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $30
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $28
       i32.const 0
       local.set $4
       loop $for-loop|10
        local.get $4
        local.get $38
        i32.lt_s
        if
         local.get $4
         i32.const 2
         i32.shl
         local.tee $9
         local.get $7
         i32.add
         i32.load
         local.get $10
         i32.add
         local.tee $39
         local.get $1
         i32.add
         local.set $40
         local.get $29
         local.get $39
         v128.load
         local.tee $29
         local.get $40
         v128.load
         local.get $29
         f32x4.sub
         local.get $8
         local.get $9
         i32.add
         v128.load32_splat
         local.tee $31
         f32x4.mul
         f32x4.add
         f32x4.add
         local.set $29
         local.get $30
         local.get $39
         v128.load offset=16
         local.tee $30
         local.get $40
         v128.load offset=16
         local.get $30
         f32x4.sub
         local.get $31
         f32x4.mul
         f32x4.add
         f32x4.add
         local.set $30
         local.get $28
         local.get $39
         v128.load offset=32
         local.tee $28
         local.get $40
         v128.load offset=32
         local.get $28
         f32x4.sub
         local.get $31
         f32x4.mul
         f32x4.add
         f32x4.add
         local.set $28
         local.get $4
         i32.const 1
         i32.add
         local.set $4
         br $for-loop|10
        end
       end
       local.get $10
       local.get $15
       i32.add
       local.tee $1
       local.get $29
       local.get $46
       f32x4.mul
       local.get $29
       local.get $16
       select
       v128.store
       local.get $1
       local.get $30
       local.get $46
       f32x4.mul
       local.get $30
       local.get $16
       select
       v128.store offset=16
       local.get $1
       local.get $28
       local.get $46
       f32x4.mul
       local.get $28
       local.get $16
       select
       v128.store offset=32
      end
     end
    end
   end
   loop $for-loop|11
    local.get $18
    local.get $20
    i32.lt_s
    if
     local.get $24
     local.set $1
     local.get $17
     i32.load
     local.set $15
     i32.const 1
     local.set $9
     loop $for-loop|12
      local.get $9
      local.get $15
      i32.lt_s
      if
       local.get $17
       local.get $9
       i32.const 10
       i32.mul
       local.tee $4
       i32.const 11
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $16
       local.get $17
       local.get $4
       i32.const 10
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $38
       local.get $17
       local.get $4
       i32.const 12
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $39
       local.get $17
       local.get $4
       i32.const 13
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $40
       local.get $17
       local.get $4
       i32.const 6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $41
       i32.const 3
       i32.add
       i32.const -4
       i32.and
       i32.const 2
       i32.shl
       local.set $42
       local.get $17
       local.get $4
       i32.const 9
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $43
       local.get $17
       local.get $4
       i32.const 8
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.const 2
       i32.shl
       local.tee $44
       i32.mul
       local.set $45
       local.get $41
       i32.const -4
       i32.and
       local.set $4
       local.get $43
       i32.const 1
       i32.sub
       f32.convert_i32_s
       f32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $28
       local.get $43
       i32.const 2
       i32.sub
       f32.convert_i32_s
       f32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $31
       local.get $44
       i32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $46
       local.get $45
       i32.const 2
       i32.shl
       i32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $47
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $29
       local.get $38
       i32x4.splat
       v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
       local.get $45
       i32x4.splat
       i32x4.mul
       i32x4.add
       local.set $30
       i32.const 0
       local.set $10
       loop $for-loop|14
        local.get $4
        local.get $10
        i32.gt_s
        if
         local.get $10
         i32.const 2
         i32.shl
         local.tee $52
         local.get $16
         i32.add
         local.set $53
         local.get $29
         local.get $1
         local.get $52
         i32.add
         v128.load
         local.tee $48
         local.get $53
         v128.load
         local.tee $49
         f32x4.le
         local.get $48
         local.get $42
         local.get $53
         i32.add
         v128.load
         f32x4.ge
         v128.or
         v128.or
         local.set $29
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $48
         local.get $49
         f32x4.sub
         local.get $53
         local.get $42
         i32.const 3
         i32.mul
         i32.add
         v128.load
         f32x4.mul
         f32x4.pmax
         local.get $28
         f32x4.pmin
         local.tee $48
         f32x4.floor
         local.get $31
         f32x4.pmin
         local.set $49
         local.get $40
         local.get $52
         i32.add
         local.get $48
         local.get $49
         f32x4.sub
         v128.store
         local.get $30
         local.get $49
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         f32x4.add
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         i32x4.sub
         local.get $46
         i32x4.mul
         i32x4.add
         local.set $48
         local.get $30
         local.get $47
         i32x4.add
         local.set $30
         local.get $39
         local.get $52
         i32.add
         local.get $48
         v128.store
         local.get $10
         i32.const 4
         i32.add
         local.set $10
         br $for-loop|14
        end
       end
       local.get $29
       v128.any_true
       if
        i32.const 0
        local.set $10
        loop $for-loop|15
         local.get $4
         local.get $10
         i32.gt_s
         if
          local.get $10
          i32.const 2
          i32.shl
          local.tee $52
          local.get $16
          i32.add
          local.tee $53
          local.get $42
          i32.add
          f32.load
          local.set $5
          block $assembly/pl/adaptRange<f32>|inlined.10
           local.get $53
           f32.load
           local.tee $12
           local.get $1
           local.get $52
           i32.add
           f32.load
           local.tee $14
           f32.ge
           if
            local.get $14
            local.set $12
           else
            local.get $5
            local.get $14
            f32.le
            i32.eqz
            br_if $assembly/pl/adaptRange<f32>|inlined.10
            local.get $14
            local.set $5
           end
           local.get $53
           local.get $12
           local.get $5
           local.get $12
           f32.sub
           f32.const 0.009999999776482582
           f32.mul
           local.tee $12
           f32.sub
           local.tee $14
           f32.store
           local.get $42
           local.get $53
           i32.add
           local.get $5
           local.get $12
           f32.add
           local.tee $5
           f32.store
           local.get $53
           local.get $42
           i32.const 1
           i32.shl
           i32.add
           local.get $5
           local.get $14
           f32.sub
           local.get $43
           i32.const 1
           i32.sub
           f32.convert_i32_s
           f32.div
           local.tee $5
           f32.store
           local.get $53
           local.get $42
           i32.const 3
           i32.mul
           i32.add
           f32.const 1
           local.get $5
           f32.div
           f32.store
          end
          local.get $10
          i32.const 1
          i32.add
          local.set $10
          br $for-loop|15
         end
        end
        local.get $43
        i32.const 1
        i32.sub
        f32.convert_i32_s
        f32x4.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $28
        local.get $43
        i32.const 2
        i32.sub
        f32.convert_i32_s
        f32x4.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $30
        local.get $44
        i32x4.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $31
        local.get $43
        local.get $44
        i32.mul
        local.tee $10
        i32.const 2
        i32.shl
        i32x4.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $46
        local.get $38
        i32x4.splat
        v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
        local.get $10
        i32x4.splat
        i32x4.mul
        i32x4.add
        local.set $29
        i32.const 0
        local.set $10
        loop $for-loop|16
         local.get $4
         local.get $10
         i32.gt_s
         if
          local.get $10
          i32.const 2
          i32.shl
          local.tee $52
          local.get $16
          i32.add
          local.set $53
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $1
          local.get $52
          i32.add
          v128.load
          local.get $53
          v128.load
          f32x4.sub
          local.get $53
          local.get $42
          i32.const 3
          i32.mul
          i32.add
          v128.load
          f32x4.mul
          f32x4.pmax
          local.get $28
          f32x4.pmin
          local.tee $47
          f32x4.floor
          local.get $30
          f32x4.pmin
          local.set $48
          local.get $40
          local.get $52
          i32.add
          local.get $47
          local.get $48
          f32x4.sub
          v128.store
          local.get $29
          local.get $48
          v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
          f32x4.add
          v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
          i32x4.sub
          local.get $31
          i32x4.mul
          i32x4.add
          local.set $47
          local.get $29
          local.get $46
          i32x4.add
          local.set $29
          local.get $39
          local.get $52
          i32.add
          local.get $47
          v128.store
          local.get $10
          i32.const 4
          i32.add
          local.set $10
          br $for-loop|16
         end
        end
       end
       loop $for-loop|17
        local.get $4
        local.get $41
        i32.lt_s
        if
         local.get $4
         i32.const 2
         i32.shl
         local.tee $52
         local.get $1
         i32.add
         f32.load
         local.set $14
         local.get $16
         local.get $52
         i32.add
         local.tee $10
         f32.load
         local.set $5
         local.get $10
         local.get $42
         i32.add
         f32.load
         local.set $12
         block $assembly/pl/adaptRange<f32>|inlined.11
          local.get $5
          local.get $14
          f32.ge
          if
           local.get $14
           local.set $5
          else
           local.get $12
           local.get $14
           f32.le
           i32.eqz
           br_if $assembly/pl/adaptRange<f32>|inlined.11
           local.get $14
           local.set $12
          end
          local.get $10
          local.get $5
          local.get $12
          local.get $5
          f32.sub
          f32.const 0.009999999776482582
          f32.mul
          local.tee $5
          f32.sub
          local.tee $51
          f32.store
          local.get $10
          local.get $42
          i32.add
          local.get $12
          local.get $5
          f32.add
          local.tee $5
          f32.store
          local.get $10
          local.get $42
          i32.const 1
          i32.shl
          i32.add
          local.get $5
          local.get $51
          f32.sub
          local.get $43
          i32.const 1
          i32.sub
          f32.convert_i32_s
          f32.div
          local.tee $5
          f32.store
          local.get $10
          local.get $42
          i32.const 3
          i32.mul
          i32.add
          f32.const 1
          local.get $5
          f32.div
          f32.store
         end
         local.get $14
         local.get $16
         local.get $52
         i32.add
         local.tee $10
         f32.load
         f32.sub
         local.get $10
         local.get $42
         i32.const 3
         i32.mul
         i32.add
         f32.load
         f32.mul
         local.tee $12
         f32.const 0
         f32.lt
         if
          f32.const 0
          local.set $12
         end
         local.get $12
         local.get $43
         i32.const 1
         i32.sub
         f32.convert_i32_s
         local.tee $5
         f32.gt
         i32.eqz
         if
          local.get $12
          local.set $5
         end
         local.get $5
         i32.trunc_sat_f32_s
         local.tee $53
         local.get $43
         i32.const 2
         i32.sub
         local.tee $10
         i32.le_s
         if
          local.get $53
          local.set $10
         end
         local.get $39
         local.get $4
         i32.const 2
         i32.shl
         i32.add
         local.get $38
         local.get $4
         local.get $45
         i32.mul
         i32.add
         local.get $10
         local.get $44
         i32.mul
         i32.add
         i32.store
         local.get $40
         local.get $52
         i32.add
         local.get $5
         local.get $10
         f32.convert_i32_s
         f32.sub
         f32.store
         local.get $4
         i32.const 1
         i32.add
         local.set $4
         br $for-loop|17
        end
       end
       local.get $17
       local.get $9
       i32.const 10
       i32.mul
       local.tee $1
       i32.const 8
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.const 2
       i32.shl
       local.set $16
       local.get $17
       local.get $1
       i32.const 14
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $38
       local.get $17
       i32.load offset=4
       i32.const 0
       i32.ne
       local.set $41
       f32.const 1
       local.get $17
       local.get $1
       i32.const 6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $42
       f32.convert_i32_s
       f32.div
       f32x4.splat
       local.set $46
       i32.const 0
       local.set $10
       loop $for-loop|18
        local.get $10
        i32.const -64
        i32.sub
        local.get $16
        i32.le_u
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $31
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $30
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $28
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $29
         i32.const 0
         local.set $1
         loop $for-loop|19
          local.get $1
          local.get $42
          i32.lt_s
          if
           local.get $1
           i32.const 2
           i32.shl
           local.tee $4
           local.get $39
           i32.add
           i32.load
           local.get $10
           i32.add
           local.tee $43
           local.get $16
           i32.add
           local.set $44
           local.get $31
           local.get $43
           v128.load
           local.tee $31
           local.get $44
           v128.load
           local.get $31
           f32x4.sub
           local.get $4
           local.get $40
           i32.add
           v128.load32_splat
           local.tee $47
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $31
           local.get $30
           local.get $43
           v128.load offset=16
           local.tee $30
           local.get $44
           v128.load offset=16
           local.get $30
           f32x4.sub
           local.get $47
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $30
           local.get $28
           local.get $43
           v128.load offset=32
           local.tee $28
           local.get $44
           v128.load offset=32
           local.get $28
           f32x4.sub
           local.get $47
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $28
           local.get $29
           local.get $43
           v128.load offset=48
           local.tee $29
           local.get $44
           v128.load offset=48
           local.get $29
           f32x4.sub
           local.get $47
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $29
           local.get $1
           i32.const 1
           i32.add
           local.set $1
           br $for-loop|19
          end
         end
         local.get $10
         local.get $38
         i32.add
         local.tee $1
         local.get $31
         local.get $46
         f32x4.mul
         local.get $31
         local.get $41
         select
         v128.store
         local.get $1
         local.get $30
         local.get $46
         f32x4.mul
         local.get $30
         local.get $41
         select
         v128.store offset=16
         local.get $1
         local.get $28
         local.get $46
         f32x4.mul
         local.get $28
         local.get $41
         select
         v128.store offset=32
         local.get $1
         local.get $29
         local.get $46
         f32x4.mul
         local.get $29
         local.get $41
         select
         v128.store offset=48
         local.get $10
         i32.const -64
         i32.sub
         local.set $10
         br $for-loop|18
        end
       end
       block $assembly/forward/accumulateLayer<f32>|inlined.6
        local.get $17
        local.get $9
        i32.const 10
        i32.mul
        i32.const 7
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        i32.const 1
        i32.eq
        if
         local.get $42
         i32.const -4
         i32.and
         local.set $1
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $29
         i32.const 0
         local.set $10
         loop $for-loop|20
          local.get $1
          local.get $10
          i32.gt_s
          if
           local.get $29
           local.get $10
           i32.const 2
           i32.shl
           local.tee $4
           local.get $39
           i32.add
           local.tee $16
           i32.load offset=4
           local.get $16
           i32.load
           v128.load64_zero
           v128.load64_lane 1
           local.tee $28
           local.get $16
           i32.load offset=12
           local.get $16
           i32.load offset=8
           v128.load64_zero
           v128.load64_lane 1
           local.tee $29
           i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
           local.tee $30
           local.get $28
           local.get $29
           i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
           local.get $30
           f32x4.sub
           local.get $4
           local.get $40
           i32.add
           v128.load
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $29
           local.get $10
           i32.const 4
           i32.add
           local.set $10
           br $for-loop|20
          end
         end
         local.get $29
         f32x4.extract_lane 0
         local.set $5
         local.get $29
         f32x4.extract_lane 1
         local.set $12
         local.get $29
         f32x4.extract_lane 2
         local.set $14
         local.get $10
         local.get $42
         i32.lt_s
         if (result f32)
          local.get $5
          local.get $10
          i32.const 2
          i32.shl
          local.tee $1
          local.get $39
          i32.add
          i32.load
          local.tee $4
          f32.load
          local.tee $5
          local.get $4
          f32.load offset=4
          local.get $5
          f32.sub
          local.get $1
          local.get $40
          i32.add
          f32.load
          f32.mul
          f32.add
          f32.add
         else
          local.get $5
         end
         local.get $10
         i32.const 1
         i32.add
         local.tee $1
         local.get $42
         i32.lt_s
         if (result f32)
          local.get $12
          local.get $1
          i32.const 2
          i32.shl
          local.tee $1
          local.get $39
          i32.add
          i32.load
          local.tee $4
          f32.load
          local.tee $5
          local.get $4
          f32.load offset=4
          local.get $5
          f32.sub
          local.get $1
          local.get $40
          i32.add
          f32.load
          f32.mul
          f32.add
          f32.add
         else
          local.get $12
         end
         f32.add
         local.get $10
         i32.const 2
         i32.add
         local.tee $1
         local.get $42
         i32.lt_s
         if (result f32)
          local.get $14
          local.get $1
          i32.const 2
          i32.shl
          local.tee $1
          local.get $39
          i32.add
          i32.load
          local.tee $4
          f32.load
          local.tee $5
          local.get $4
          f32.load offset=4
          local.get $5
          f32.sub
          local.get $1
          local.get $40
          i32.add
          f32.load
          f32.mul
          f32.add
          f32.add
         else
          local.get $14
         end
         local.get $29
         f32x4.extract_lane 3
         f32.add
         f32.add
         local.set $5
         local.get $38
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $41
         if (result f32)
          local.get $5
          f32.const 1
          local.get $42
          f32.convert_i32_s
          f32.div
          f32.mul
         else
          local.get $5
         end
         f32x4.replace_lane 0
         v128.store
         br $assembly/forward/accumulateLayer<f32>|inlined.6
        end
        local.get $16
        local.get $10
        i32.sub
        i32.const 4
        i32.shr_u
        local.tee $1
        i32.const 1
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $31
         i32.const 0
         local.set $4
         loop $for-loop|21
          local.get $4
          local.get $42
          i32.lt_s
          if
           local.get $31
           local.get $4
           i32.const 2
           i32.shl
           local.tee $1
           local.get $39
           i32.add
           i32.load
           local.get $10
           i32.add
           local.tee $43
           v128.load
           local.tee $28
           local.get $16
           local.get $43
           i32.add
           v128.load
           local.get $28
           f32x4.sub
           local.get $1
           local.get $40
           i32.add
           v128.load32_splat
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $31
           local.get $4
           i32.const 1
           i32.add
           local.set $4
           br $for-loop|21
          end
         end
         local.get $10
         local.get $38
         i32.add
         local.get $31
         local.get $46
         f32x4.mul
         local.get $31
         local.get $41
         select
         v128.store
        else
         local.get $1
         i32.const 2
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $29
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $30
          i32.const 0
          local.set $4
          loop $for-loop|22
           local.get $4
           local.get $42
           i32.lt_s
           if
            local.get $4
            i32.const 2
            i32.shl
            local.tee $1
            local.get $39
            i32.add
            i32.load
            local.get $10
            i32.add
            local.tee $43
            local.get $16
            i32.add
            local.set $44
            local.get $29
            local.get $43
            v128.load
            local.tee $28
            local.get $44
            v128.load
            local.get $28
            f32x4.sub
            local.get $1
            local.get $40
            i32.add
            v128.load32_splat
            local.tee $28
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $29
            local.get $30
            local.get $43
            v128.load offset=16
            local.tee $30
            local.get $44
            v128.load offset=16
            local.get $30
            f32x4.sub
            local.get $28
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $30
            local.get $4
            i32.const 1
            i32.add
            local.set $4
            br $for-loop|22
           end
          end
          local.get $10
          local.get $38
          i32.add
          local.tee $1
          local.get $29
          local.get $46
          f32x4.mul
          local.get $29
          local.get $41
          select
          v128.store
          local.get $1
          local.get $30
          local.get $46
          f32x4.mul
          local.get $30
          local.get $41
          select
          v128.store offset=16
         else
          local.get $1
          i32.const 3
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $29
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $30
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $28
           i32.const 0
           local.set $4
           loop $for-loop|23
            local.get $4
            local.get $42
            i32.lt_s
            if
             local.get $4
             i32.const 2
             i32.shl
             local.tee $1
             local.get $39
             i32.add
             i32.load
             local.get $10
             i32.add
             local.tee $43
             local.get $16
             i32.add
             local.set $44
             local.get $29
             local.get $43
             v128.load
             local.tee $29
             local.get $44
             v128.load
             local.get $29
             f32x4.sub
             local.get $1
             local.get $40
             i32.add
             v128.load32_splat
             local.tee $31
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $29
             local.get $30
             local.get $43
             v128.load offset=16
             local.tee $30
             local.get $44
             v128.load offset=16
             local.get $30
             f32x4.sub
             local.get $31
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $30
             local.get $28
             local.get $43
             v128.load offset=32
             local.tee $28
             local.get $44
             v128.load offset=32
             local.get $28
             f32x4.sub
             local.get $31
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $28
             local.get $4
             i32.const 1
             i32.add
             local.set $4
             br $for-loop|23
            end
           end
           local.get $10
           local.get $38
           i32.add
           local.tee $1
           local.get $29
           local.get $46
           f32x4.mul
           local.get $29
           local.get $41
           select
           v128.store
           local.get $1
           local.get $30
           local.get $46
           f32x4.mul
           local.get $30
           local.get $41
           select
           v128.store offset=16
           local.get $1
           local.get $28
           local.get $46
           f32x4.mul
           local.get $28
           local.get $41
           select
           v128.store offset=32
          end
         end
        end
       end
       local.get $17
       local.get $9
       i32.const 10
       i32.mul
       i32.const 14
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $1
       local.get $9
       i32.const 1
       i32.add
       local.set $9
       br $for-loop|12
      end
     end
     local.get $21
     local.get $18
     local.get $32
     i32.mul
     i32.const 2
     i32.shl
     i32.add
     local.set $4
     i32.const 1
     local.set $15
     local.get $22
     if
      local.get $4
      local.set $1
      local.get $27
      local.get $32
      local.get $18
      i32.const 1
      i32.and
      local.get $26
      i32.mul
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.tee $10
      local.get $23
      local.get $32
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $9
      i32.const 0
      local.set $4
      loop $for-loop|24
       local.get $4
       local.get $32
       i32.lt_u
       if
        local.get $9
        local.get $4
        i32.const 2
        i32.shl
        local.tee $15
        i32.add
        local.get $11
        local.get $15
        local.get $33
        i32.add
        f32.load
        f32.mul
        f32.store
        local.get $4
        i32.const 1
        i32.add
        local.set $4
        br $for-loop|24
       end
      end
      i32.const 1
      local.set $16
      i32.const 0
      local.set $4
      loop $for-loop|25
       local.get $4
       local.get $32
       i32.lt_u
       if
        local.get $10
        local.get $4
        i32.const 2
        i32.shl
        i32.add
        f32.load
        local.set $5
        i32.const 1
        local.set $9
        loop $for-loop|26
         local.get $9
         local.get $26
         i32.lt_s
         if
          local.get $5
          local.get $10
          local.get $9
          local.get $32
          i32.mul
          local.get $4
          i32.add
          i32.const 2
          i32.shl
          i32.add
          f32.load
          f32.add
          local.set $5
          local.get $9
          i32.const 1
          i32.add
          local.set $9
          br $for-loop|26
         end
        end
        local.get $1
        local.get $4
        i32.const 2
        i32.shl
        local.tee $9
        i32.add
        f32.load
        local.get $5
        f32.sub
        local.set $5
        local.get $9
        local.get $34
        i32.add
        local.get $19
        local.get $5
        f32.mul
        f32.store
        local.get $16
        local.get $5
        f32.abs
        local.get $6
        f32.lt
        i32.and
        local.set $16
        local.get $4
        i32.const 1
        i32.add
        local.set $4
        br $for-loop|25
       end
      end
      local.get $16
      local.set $15
     else
      i32.const 0
      local.set $1
      loop $for-loop|27
       local.get $1
       local.get $32
       i32.lt_u
       if
        local.get $4
        local.get $1
        i32.const 2
        i32.shl
        local.tee $9
        i32.add
        f32.load
        local.get $9
        local.get $33
        i32.add
        f32.load
        f32.sub
        local.set $5
        local.get $9
        local.get $34
        i32.add
        local.get $19
        local.get $5
        f32.mul
        f32.store
        local.get $15
        local.get $5
        f32.abs
        local.get $6
        f32.lt
        i32.and
        local.set $15
        local.get $1
        i32.const 1
        i32.add
        local.set $1
        br $for-loop|27
       end
      end
     end
     local.get $15
     i32.eqz
     if
      local.get $36
      i32.const 1
      i32.sub
      local.set $16
      loop $for-loop|28
       local.get $16
       i32.const 0
       i32.gt_s
       if
        local.get $17
        local.get $16
        i32.const 10
        i32.mul
        local.tee $1
        i32.const 12
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $4
        local.get $17
        local.get $1
        i32.const 13
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $38
        local.get $17
        local.get $1
        i32.const 5
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $39
        local.get $17
        local.get $1
        i32.const 8
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        i32.const 2
        i32.shl
        local.set $40
        local.get $17
        local.get $1
        i32.const 15
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $41
        local.get $17
        local.get $1
        i32.const 11
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.get $17
        local.get $1
        i32.const 6
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.tee $42
        i32.const 3
        i32.add
        i32.const -4
        i32.and
        i32.const 12
        i32.mul
        i32.add
        local.set $43
        block $assembly/nk/updateLayerAt<f32>|inlined.3
         local.get $17
         local.get $1
         i32.const 7
         i32.add
         i32.const 2
         i32.shl
         i32.add
         i32.load
         i32.const 1
         i32.eq
         if
          local.get $42
          i32.const -4
          i32.and
          local.set $1
          local.get $41
          v128.load32_splat
          local.set $28
          i32.const 0
          local.set $9
          local.get $39
          if
           loop $for-loop|29
            local.get $1
            local.get $9
            i32.gt_s
            if
             local.get $9
             i32.const 2
             i32.shl
             local.tee $10
             local.get $4
             i32.add
             local.tee $40
             i32.load
             local.set $44
             local.get $40
             i32.load offset=4
             local.tee $45
             local.get $44
             v128.load64_zero
             v128.load64_lane 1
             local.tee $29
             local.get $40
             i32.load offset=12
             local.tee $52
             local.get $40
             i32.load offset=8
             local.tee $40
             v128.load64_zero
             v128.load64_lane 1
             local.tee $30
             i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
             local.set $31
             local.get $29
             local.get $30
             i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
             local.set $29
             local.get $39
             if
              local.get $10
              local.get $39
              i32.add
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $28
              local.get $29
              local.get $31
              f32x4.sub
              f32x4.mul
              f32x4.add
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.add
              local.get $10
              local.get $43
              i32.add
              v128.load
              f32x4.mul
              v128.store
             end
             local.get $44
             local.get $31
             local.get $28
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             local.get $10
             local.get $38
             i32.add
             v128.load
             local.tee $30
             f32x4.sub
             f32x4.mul
             f32x4.add
             local.tee $31
             local.get $29
             local.get $28
             local.get $30
             f32x4.mul
             f32x4.add
             local.tee $29
             i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
             local.tee $30
             v128.store64_lane 0
             local.get $45
             local.get $30
             v128.store64_lane 1
             local.get $40
             local.get $31
             local.get $29
             i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
             local.tee $29
             v128.store64_lane 0
             local.get $52
             local.get $29
             v128.store64_lane 1
             local.get $9
             i32.const 4
             i32.add
             local.set $9
             br $for-loop|29
            end
           end
          else
           loop $for-loop|30
            local.get $1
            local.get $9
            i32.gt_s
            if
             local.get $9
             i32.const 2
             i32.shl
             local.tee $10
             local.get $4
             i32.add
             local.tee $40
             i32.load
             local.tee $44
             local.get $40
             i32.load offset=4
             local.tee $45
             local.get $44
             v128.load64_zero
             v128.load64_lane 1
             local.tee $29
             local.get $40
             i32.load offset=12
             local.tee $44
             local.get $40
             i32.load offset=8
             local.tee $40
             v128.load64_zero
             v128.load64_lane 1
             local.tee $30
             i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
             local.get $28
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             local.get $10
             local.get $38
             i32.add
             v128.load
             local.tee $31
             f32x4.sub
             f32x4.mul
             f32x4.add
             local.tee $46
             local.get $29
             local.get $30
             i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
             local.get $28
             local.get $31
             f32x4.mul
             f32x4.add
             local.tee $29
             i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
             local.tee $30
             v128.store64_lane 0
             local.get $45
             local.get $30
             v128.store64_lane 1
             local.get $40
             local.get $46
             local.get $29
             i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
             local.tee $29
             v128.store64_lane 0
             local.get $44
             local.get $29
             v128.store64_lane 1
             local.get $9
             i32.const 4
             i32.add
             local.set $9
             br $for-loop|30
            end
           end
          end
          local.get $41
          f32.load
          local.set $5
          loop $for-loop|31
           local.get $9
           local.get $42
           i32.lt_s
           if
            local.get $9
            i32.const 2
            i32.shl
            local.tee $1
            local.get $4
            i32.add
            i32.load
            local.tee $10
            f32.load
            local.set $12
            local.get $10
            f32.load offset=4
            local.set $14
            local.get $39
            if
             local.get $1
             local.get $39
             i32.add
             local.get $5
             local.get $14
             local.get $12
             f32.sub
             f32.mul
             f32.const 0
             f32.add
             local.get $1
             local.get $43
             i32.add
             f32.load
             f32.mul
             f32.store
            end
            local.get $10
            local.get $12
            local.get $5
            f32.const 1
            local.get $1
            local.get $38
            i32.add
            f32.load
            local.tee $12
            f32.sub
            f32.mul
            f32.add
            f32.store
            local.get $10
            local.get $14
            local.get $5
            local.get $12
            f32.mul
            f32.add
            f32.store offset=4
            local.get $9
            i32.const 1
            i32.add
            local.set $9
            br $for-loop|31
           end
          end
          br $assembly/nk/updateLayerAt<f32>|inlined.3
         end
         local.get $40
         i32.const 16
         i32.eq
         local.get $39
         i32.const 0
         i32.ne
         i32.and
         if
          local.get $41
          v128.load
          local.set $28
          i32.const 0
          local.set $9
          loop $for-loop|32
           local.get $9
           local.get $42
           i32.lt_s
           if
            local.get $9
            i32.const 2
            i32.shl
            local.tee $1
            local.get $4
            i32.add
            i32.load
            local.tee $10
            v128.load
            local.set $29
            local.get $10
            v128.load offset=16
            local.set $30
            local.get $10
            local.get $29
            local.get $28
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            local.get $1
            local.get $38
            i32.add
            v128.load32_splat
            local.tee $31
            f32x4.sub
            f32x4.mul
            f32x4.add
            v128.store
            local.get $10
            local.get $30
            local.get $28
            local.get $31
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $1
            local.get $39
            i32.add
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.get $28
            local.get $30
            local.get $29
            f32x4.sub
            f32x4.mul
            f32x4.add
            local.tee $29
            f32x4.extract_lane 0
            local.get $29
            f32x4.extract_lane 1
            f32.add
            local.get $29
            f32x4.extract_lane 2
            local.get $29
            f32x4.extract_lane 3
            f32.add
            f32.add
            local.get $1
            local.get $43
            i32.add
            f32.load
            f32.mul
            f32.store
            local.get $9
            i32.const 1
            i32.add
            local.set $9
            br $for-loop|32
           end
          end
          br $assembly/nk/updateLayerAt<f32>|inlined.3
         end
         i32.const 0
         local.set $9
         loop $for-loop|33
          local.get $9
          local.get $42
          i32.lt_s
          if
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           local.get $9
           i32.const 2
           i32.shl
           local.tee $1
           local.get $38
           i32.add
           v128.load32_splat
           local.tee $28
           f32x4.sub
           local.set $30
           local.get $1
           local.get $4
           i32.add
           i32.load
           local.set $44
           local.get $39
           if
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $29
            i32.const 0
            local.set $10
            loop $for-loop|34
             local.get $10
             local.get $40
             i32.lt_u
             if
              local.get $29
              local.get $10
              local.get $41
              i32.add
              v128.load
              local.tee $31
              local.get $10
              local.get $44
              i32.add
              local.tee $1
              local.get $40
              i32.add
              local.tee $45
              v128.load
              local.tee $46
              local.get $1
              v128.load
              local.tee $47
              f32x4.sub
              f32x4.mul
              f32x4.add
              local.set $29
              local.get $1
              local.get $47
              local.get $31
              local.get $30
              f32x4.mul
              f32x4.add
              v128.store
              local.get $45
              local.get $46
              local.get $31
              local.get $28
              f32x4.mul
              f32x4.add
              v128.store
              local.get $10
              i32.const 16
              i32.add
              local.set $10
              br $for-loop|34
             end
            end
            local.get $9
            i32.const 2
            i32.shl
            local.tee $1
            local.get $39
            i32.add
            local.get $29
            f32x4.extract_lane 0
            local.get $29
            f32x4.extract_lane 1
            f32.add
            local.get $29
            f32x4.extract_lane 2
            local.get $29
            f32x4.extract_lane 3
            f32.add
            f32.add
            local.get $1
            local.get $43
            i32.add
            f32.load
            f32.mul
            f32.store
           else
            i32.const 0
            local.set $10
            loop $for-loop|35
             local.get $10
             i32.const -64
             i32.sub
             local.tee $1
             local.get $40
             i32.le_u
             if
              local.get $10
              local.get $44
              i32.add
              local.tee $45
              local.get $45
              v128.load
              local.get $10
              local.get $41
              i32.add
              local.tee $10
              v128.load
              local.tee $29
              local.get $30
              f32x4.mul
              f32x4.add
              v128.store
              local.get $40
              local.get $45
              i32.add
              local.tee $52
              local.get $52
              v128.load
              local.get $29
              local.get $28
              f32x4.mul
              f32x4.add
              v128.store
              local.get $45
              i32.const 16
              i32.add
              local.tee $52
              local.get $52
              v128.load
              local.get $10
              v128.load offset=16
              local.tee $29
              local.get $30
              f32x4.mul
              f32x4.add
              v128.store
              local.get $40
              local.get $52
              i32.add
              local.tee $52
              local.get $52
              v128.load
              local.get $29
              local.get $28
              f32x4.mul
              f32x4.add
              v128.store
              local.get $45
              i32.const 32
              i32.add
              local.tee $52
              local.get $52
              v128.load
              local.get $10
              v128.load offset=32
              local.tee $29
              local.get $30
              f32x4.mul
              f32x4.add
              v128.store
              local.get $40
              local.get $52
              i32.add
              local.tee $52
              local.get $52
              v128.load
              local.get $29
              local.get $28
              f32x4.mul
              f32x4.add
              v128.store
              local.get $45
              i32.const 48
              i32.add
              local.tee $45
              local.get $45
              v128.load
              local.get $10
              v128.load offset=48
              local.tee $29
              local.get $30
              f32x4.mul
              f32x4.add
              v128.store
              local.get $40
              local.get $45
              i32.add
              local.tee $10
              local.get $10
              v128.load
              local.get $29
              local.get $28
              f32x4.mul
              f32x4.add
              v128.store
              local.get $1
              local.set $10
              br $for-loop|35
             end
            end
            loop $for-loop|36
             local.get $10
             local.get $40
             i32.lt_u
             if
              local.get $10
              local.get $44
              i32.add
              local.tee $1
              local.get $1
              v128.load
              local.get $10
              local.get $41
              i32.add
              v128.load
              local.tee $29
              local.get $30
              f32x4.mul
              f32x4.add
              v128.store
              local.get $1
              local.get $40
              i32.add
              local.tee $1
              local.get $1
              v128.load
              local.get $29
              local.get $28
              f32x4.mul
              f32x4.add
              v128.store
              local.get $10
              i32.const 16
              i32.add
              local.set $10
              br $for-loop|36
             end
            end
           end
           local.get $9
           i32.const 1
           i32.add
           local.set $9
           br $for-loop|33
          end
         end
        end
        local.get $16
        i32.const 1
        i32.sub
        local.set $16
        br $for-loop|28
       end
      end
     end
     local.get $18
     i32.const 1
     i32.add
     local.tee $1
     local.get $20
     i32.lt_s
     if
      local.get $17
      i32.load offset=44
      local.set $16
      local.get $17
      i32.load offset=40
      local.set $38
      local.get $25
      local.get $1
      local.get $37
      i32.mul
      i32.add
      local.set $39
      local.get $13
      i32.const 0
      local.get $35
      select
      local.set $40
      local.get $17
      i32.load offset=24
      local.tee $41
      i32.const 3
      i32.add
      i32.const -4
      i32.and
      i32.const 2
      i32.shl
      local.set $42
      local.get $17
      i32.load offset=36
      local.tee $43
      local.get $17
      i32.load offset=32
      i32.const 2
      i32.shl
      local.tee $44
      i32.mul
      local.set $45
      local.get $41
      i32.const -4
      i32.and
      local.set $1
      local.get $43
      i32.const 1
      i32.sub
      f32.convert_i32_s
      f32x4.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $28
      local.get $43
      i32.const 2
      i32.sub
      f32.convert_i32_s
      f32x4.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $31
      local.get $44
      i32x4.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $46
      local.get $45
      i32.const 2
      i32.shl
      i32x4.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $47
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $29
      local.get $38
      i32x4.splat
      v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
      local.get $45
      i32x4.splat
      i32x4.mul
      i32x4.add
      local.set $30
      i32.const 0
      local.set $10
      loop $for-loop|38
       local.get $1
       local.get $10
       i32.gt_s
       if
        local.get $10
        i32.const 2
        i32.shl
        local.tee $4
        local.get $16
        i32.add
        local.set $9
        local.get $29
        local.get $4
        local.get $39
        i32.add
        v128.load
        local.tee $48
        local.get $9
        v128.load
        local.tee $49
        f32x4.le
        local.get $48
        local.get $9
        local.get $42
        i32.add
        v128.load
        f32x4.ge
        v128.or
        v128.or
        local.set $29
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $48
        local.get $49
        f32x4.sub
        local.get $9
        local.get $42
        i32.const 3
        i32.mul
        i32.add
        v128.load
        f32x4.mul
        f32x4.pmax
        local.get $28
        f32x4.pmin
        local.tee $48
        f32x4.floor
        local.get $31
        f32x4.pmin
        local.set $49
        local.get $3
        local.get $4
        i32.add
        local.get $48
        local.get $49
        f32x4.sub
        local.tee $48
        v128.store
        local.get $30
        local.get $49
        v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
        f32x4.add
        v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
        i32x4.sub
        local.get $46
        i32x4.mul
        i32x4.add
        local.set $49
        local.get $30
        local.get $47
        i32x4.add
        local.set $30
        local.get $2
        local.get $4
        i32.add
        local.get $49
        v128.store
        local.get $40
        if
         local.get $40
         local.get $10
         i32.const 48
         i32.mul
         i32.add
         local.tee $4
         local.get $49
         v128.store32_lane 0
         local.get $4
         local.get $48
         local.get $48
         i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
         v128.store offset=16
         local.get $4
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         local.get $48
         f32x4.sub
         local.tee $50
         local.get $50
         i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
         v128.store offset=32
         local.get $4
         i32.const 48
         i32.add
         local.get $49
         v128.store32_lane 1
         local.get $4
         local.get $48
         local.get $48
         i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
         v128.store offset=64
         local.get $4
         local.get $50
         local.get $50
         i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
         v128.store offset=80
         local.get $4
         i32.const 96
         i32.add
         local.get $49
         v128.store32_lane 2
         local.get $4
         local.get $48
         local.get $48
         i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
         v128.store offset=112
         local.get $4
         local.get $50
         local.get $50
         i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
         v128.store offset=128
         local.get $4
         i32.const 144
         i32.add
         local.get $49
         v128.store32_lane 3
         local.get $4
         local.get $48
         local.get $48
         i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
         v128.store offset=160
         local.get $4
         local.get $50
         local.get $50
         i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
         v128.store offset=176
        end
        local.get $10
        i32.const 4
        i32.add
        local.set $10
        br $for-loop|38
       end
      end
      local.get $29
      v128.any_true
      if
       i32.const 0
       local.set $9
       loop $for-loop|39
        local.get $1
        local.get $9
        i32.gt_s
        if
         local.get $9
         i32.const 2
         i32.shl
         local.tee $4
         local.get $16
         i32.add
         local.tee $10
         local.get $42
         i32.add
         f32.load
         local.set $5
         block $assembly/pl/adaptRange<f32>|inlined.12
          local.get $10
          f32.load
          local.tee $12
          local.get $4
          local.get $39
          i32.add
          f32.load
          local.tee $14
          f32.ge
          if
           local.get $14
           local.set $12
          else
           local.get $5
           local.get $14
           f32.le
           i32.eqz
           br_if $assembly/pl/adaptRange<f32>|inlined.12
           local.get $14
           local.set $5
          end
          local.get $10
          local.get $12
          local.get $5
          local.get $12
          f32.sub
          f32.const 0.009999999776482582
          f32.mul
          local.tee $12
          f32.sub
          local.tee $14
          f32.store
          local.get $10
          local.get $42
          i32.add
          local.get $5
          local.get $12
          f32.add
          local.tee $5
          f32.store
          local.get $10
          local.get $42
          i32.const 1
          i32.shl
          i32.add
          local.get $5
          local.get $14
          f32.sub
          local.get $43
          i32.const 1
          i32.sub
          f32.convert_i32_s
          f32.div
          local.tee $5
          f32.store
          local.get $10
          local.get $42
          i32.const 3
          i32.mul
          i32.add
          f32.const 1
          local.get $5
          f32.div
          f32.store
         end
         local.get $9
         i32.const 1
         i32.add
         local.set $9
         br $for-loop|39
        end
       end
       local.get $43
       i32.const 1
       i32.sub
       f32.convert_i32_s
       f32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $28
       local.get $43
       i32.const 2
       i32.sub
       f32.convert_i32_s
       f32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $30
       local.get $44
       i32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $31
       local.get $43
       local.get $44
       i32.mul
       local.tee $4
       i32.const 2
       i32.shl
       i32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $46
       local.get $38
       i32x4.splat
       v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
       local.get $4
       i32x4.splat
       i32x4.mul
       i32x4.add
       local.set $29
       i32.const 0
       local.set $10
       loop $for-loop|40
        local.get $1
        local.get $10
        i32.gt_s
        if
         local.get $10
         i32.const 2
         i32.shl
         local.tee $4
         local.get $16
         i32.add
         local.set $9
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $4
         local.get $39
         i32.add
         v128.load
         local.get $9
         v128.load
         f32x4.sub
         local.get $9
         local.get $42
         i32.const 3
         i32.mul
         i32.add
         v128.load
         f32x4.mul
         f32x4.pmax
         local.get $28
         f32x4.pmin
         local.tee $47
         f32x4.floor
         local.get $30
         f32x4.pmin
         local.set $48
         local.get $3
         local.get $4
         i32.add
         local.get $47
         local.get $48
         f32x4.sub
         local.tee $47
         v128.store
         local.get $29
         local.get $48
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         f32x4.add
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         i32x4.sub
         local.get $31
         i32x4.mul
         i32x4.add
         local.set $48
         local.get $29
         local.get $46
         i32x4.add
         local.set $29
         local.get $2
         local.get $4
         i32.add
         local.get $48
         v128.store
         local.get $40
         if
          local.get $40
          local.get $10
          i32.const 48
          i32.mul
          i32.add
          local.tee $4
          local.get $48
          v128.store32_lane 0
          local.get $4
          local.get $47
          local.get $47
          i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
          v128.store offset=16
          local.get $4
          v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
          local.get $47
          f32x4.sub
          local.tee $49
          local.get $49
          i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
          v128.store offset=32
          local.get $4
          i32.const 48
          i32.add
          local.get $48
          v128.store32_lane 1
          local.get $4
          local.get $47
          local.get $47
          i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
          v128.store offset=64
          local.get $4
          local.get $49
          local.get $49
          i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
          v128.store offset=80
          local.get $4
          i32.const 96
          i32.add
          local.get $48
          v128.store32_lane 2
          local.get $4
          local.get $47
          local.get $47
          i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
          v128.store offset=112
          local.get $4
          local.get $49
          local.get $49
          i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
          v128.store offset=128
          local.get $4
          i32.const 144
          i32.add
          local.get $48
          v128.store32_lane 3
          local.get $4
          local.get $47
          local.get $47
          i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
          v128.store offset=160
          local.get $4
          local.get $49
          local.get $49
          i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
          v128.store offset=176
         end
         local.get $10
         i32.const 4
         i32.add
         local.set $10
         br $for-loop|40
        end
       end
      end
      loop $for-loop|41
       local.get $1
       local.get $41
       i32.lt_s
       if
        local.get $1
        i32.const 2
        i32.shl
        local.tee $9
        local.get $39
        i32.add
        f32.load
        local.set $14
        local.get $9
        local.get $16
        i32.add
        local.tee $4
        f32.load
        local.set $5
        local.get $4
        local.get $42
        i32.add
        f32.load
        local.set $12
        block $assembly/pl/adaptRange<f32>|inlined.13
         local.get $5
         local.get $14
         f32.ge
         if
          local.get $14
          local.set $5
         else
          local.get $12
          local.get $14
          f32.le
          i32.eqz
          br_if $assembly/pl/adaptRange<f32>|inlined.13
          local.get $14
          local.set $12
         end
         local.get $4
         local.get $5
         local.get $12
         local.get $5
         f32.sub
         f32.const 0.009999999776482582
         f32.mul
         local.tee $5
         f32.sub
         local.tee $51
         f32.store
         local.get $4
         local.get $42
         i32.add
         local.get $12
         local.get $5
         f32.add
         local.tee $5
         f32.store
         local.get $4
         local.get $42
         i32.const 1
         i32.shl
         i32.add
         local.get $5
         local.get $51
         f32.sub
         local.get $43
         i32.const 1
         i32.sub
         f32.convert_i32_s
         f32.div
         local.tee $5
         f32.store
         local.get $4
         local.get $42
         i32.const 3
         i32.mul
         i32.add
         f32.const 1
         local.get $5
         f32.div
         f32.store
        end
        local.get $14
        local.get $9
        local.get $16
        i32.add
        local.tee $4
        f32.load
        f32.sub
        local.get $4
        local.get $42
        i32.const 3
        i32.mul
        i32.add
        f32.load
        f32.mul
        local.tee $12
        f32.const 0
        f32.lt
        if
         f32.const 0
         local.set $12
        end
        local.get $12
        local.get $43
        i32.const 1
        i32.sub
        f32.convert_i32_s
        local.tee $5
        f32.gt
        i32.eqz
        if
         local.get $12
         local.set $5
        end
        local.get $5
        i32.trunc_sat_f32_s
        local.tee $10
        local.get $43
        i32.const 2
        i32.sub
        local.tee $4
        i32.le_s
        if
         local.get $10
         local.set $4
        end
        local.get $2
        local.get $1
        i32.const 2
        i32.shl
        i32.add
        local.get $38
        local.get $1
        local.get $45
        i32.mul
        i32.add
        local.get $4
        local.get $44
        i32.mul
        i32.add
        local.tee $10
        i32.store
        local.get $3
        local.get $9
        i32.add
        local.get $5
        local.get $4
        f32.convert_i32_s
        f32.sub
        local.tee $5
        f32.store
        local.get $40
        local.get $1
        i32.const 48
        i32.mul
        i32.add
        i32.const 0
        local.get $40
        select
        local.tee $4
        if
         local.get $4
         local.get $10
         i32.store
         local.get $4
         local.get $5
         f32x4.splat
         v128.store offset=16
         local.get $4
         f32.const 1
         local.get $5
         f32.sub
         f32x4.splat
         v128.store offset=32
        end
        local.get $1
        i32.const 1
        i32.add
        local.set $1
        br $for-loop|41
       end
      end
      local.get $15
      if
       block $assembly/forward/accumulateLayer<f32>|inlined.7
        local.get $17
        i32.load offset=32
        i32.const 2
        i32.shl
        local.set $1
        local.get $17
        i32.load offset=56
        local.set $15
        local.get $17
        i32.load offset=4
        i32.const 0
        i32.ne
        local.set $16
        f32.const 1
        local.get $17
        i32.load offset=24
        local.tee $38
        f32.convert_i32_s
        f32.div
        f32x4.splat
        local.set $46
        i32.const 0
        local.set $10
        loop $for-loop|42
         local.get $10
         i32.const -64
         i32.sub
         local.get $1
         i32.le_u
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $31
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $30
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $28
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $29
          i32.const 0
          local.set $9
          loop $for-loop|43
           local.get $9
           local.get $38
           i32.lt_s
           if
            local.get $9
            i32.const 2
            i32.shl
            local.tee $4
            local.get $2
            i32.add
            i32.load
            local.get $10
            i32.add
            local.tee $39
            local.get $1
            i32.add
            local.set $40
            local.get $31
            local.get $39
            v128.load
            local.tee $31
            local.get $40
            v128.load
            local.get $31
            f32x4.sub
            local.get $3
            local.get $4
            i32.add
            v128.load32_splat
            local.tee $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $31
            local.get $30
            local.get $39
            v128.load offset=16
            local.tee $30
            local.get $40
            v128.load offset=16
            local.get $30
            f32x4.sub
            local.get $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $30
            local.get $28
            local.get $39
            v128.load offset=32
            local.tee $28
            local.get $40
            v128.load offset=32
            local.get $28
            f32x4.sub
            local.get $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $28
            local.get $29
            local.get $39
            v128.load offset=48
            local.tee $29
            local.get $40
            v128.load offset=48
            local.get $29
            f32x4.sub
            local.get $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $29
            local.get $9
            i32.const 1
            i32.add
            local.set $9
            br $for-loop|43
           end
          end
          local.get $10
          local.get $15
          i32.add
          local.tee $4
          local.get $31
          local.get $46
          f32x4.mul
          local.get $31
          local.get $16
          select
          v128.store
          local.get $4
          local.get $30
          local.get $46
          f32x4.mul
          local.get $30
          local.get $16
          select
          v128.store offset=16
          local.get $4
          local.get $28
          local.get $46
          f32x4.mul
          local.get $28
          local.get $16
          select
          v128.store offset=32
          local.get $4
          local.get $29
          local.get $46
          f32x4.mul
          local.get $29
          local.get $16
          select
          v128.store offset=48
          local.get $10
          i32.const -64
          i32.sub
          local.set $10
          br $for-loop|42
         end
        end
        local.get $17
        i32.load offset=28
        i32.const 1
        i32.eq
        if
         local.get $38
         i32.const -4
         i32.and
         local.set $1
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $29
         i32.const 0
         local.set $10
         loop $for-loop|44
          local.get $1
          local.get $10
          i32.gt_s
          if
           local.get $29
           local.get $10
           i32.const 2
           i32.shl
           local.tee $4
           local.get $2
           i32.add
           local.tee $9
           i32.load offset=4
           local.get $9
           i32.load
           v128.load64_zero
           v128.load64_lane 1
           local.tee $28
           local.get $9
           i32.load offset=12
           local.get $9
           i32.load offset=8
           v128.load64_zero
           v128.load64_lane 1
           local.tee $29
           i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
           local.tee $30
           local.get $28
           local.get $29
           i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
           local.get $30
           f32x4.sub
           local.get $3
           local.get $4
           i32.add
           v128.load
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $29
           local.get $10
           i32.const 4
           i32.add
           local.set $10
           br $for-loop|44
          end
         end
         local.get $29
         f32x4.extract_lane 0
         local.set $5
         local.get $29
         f32x4.extract_lane 1
         local.set $12
         local.get $29
         f32x4.extract_lane 2
         local.set $14
         local.get $10
         local.get $38
         i32.lt_s
         if (result f32)
          local.get $5
          local.get $10
          i32.const 2
          i32.shl
          local.tee $1
          local.get $2
          i32.add
          i32.load
          local.tee $4
          f32.load
          local.tee $5
          local.get $4
          f32.load offset=4
          local.get $5
          f32.sub
          local.get $1
          local.get $3
          i32.add
          f32.load
          f32.mul
          f32.add
          f32.add
         else
          local.get $5
         end
         local.get $10
         i32.const 1
         i32.add
         local.tee $1
         local.get $38
         i32.lt_s
         if (result f32)
          local.get $12
          local.get $1
          i32.const 2
          i32.shl
          local.tee $1
          local.get $2
          i32.add
          i32.load
          local.tee $4
          f32.load
          local.tee $5
          local.get $4
          f32.load offset=4
          local.get $5
          f32.sub
          local.get $1
          local.get $3
          i32.add
          f32.load
          f32.mul
          f32.add
          f32.add
         else
          local.get $12
         end
         f32.add
         local.get $10
         i32.const 2
         i32.add
         local.tee $1
         local.get $38
         i32.lt_s
         if (result f32)
          local.get $14
          local.get $1
          i32.const 2
          i32.shl
          local.tee $1
          local.get $2
          i32.add
          i32.load
          local.tee $4
          f32.load
          local.tee $5
          local.get $4
          f32.load offset=4
          local.get $5
          f32.sub
          local.get $1
          local.get $3
          i32.add
          f32.load
          f32.mul
          f32.add
          f32.add
         else
          local.get $14
         end
         local.get $29
         f32x4.extract_lane 3
         f32.add
         f32.add
         local.set $5
         local.get $15
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $16
         if (result f32)
          local.get $5
          f32.const 1
          local.get $38
          f32.convert_i32_s
          f32.div
          f32.mul
         else
          local.get $5
         end
         f32x4.replace_lane 0
         v128.store
         br $assembly/forward/accumulateLayer<f32>|inlined.7
        end
        local.get $1
        local.get $10
        i32.sub
        i32.const 4
        i32.shr_u
        local.tee $4
        i32.const 1
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $31
         i32.const 0
         local.set $4
         loop $for-loop|45
          local.get $4
          local.get $38
          i32.lt_s
          if
           local.get $31
           local.get $4
           i32.const 2
           i32.shl
           local.tee $9
           local.get $2
           i32.add
           i32.load
           local.get $10
           i32.add
           local.tee $39
           v128.load
           local.tee $28
           local.get $1
           local.get $39
           i32.add
           v128.load
           local.get $28
           f32x4.sub
           local.get $3
           local.get $9
           i32.add
           v128.load32_splat
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $31
           local.get $4
           i32.const 1
           i32.add
           local.set $4
           br $for-loop|45
          end
         end
         local.get $10
         local.get $15
         i32.add
         local.get $31
         local.get $46
         f32x4.mul
         local.get $31
         local.get $16
         select
         v128.store
        else
         local.get $4
         i32.const 2
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $29
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $30
          i32.const 0
          local.set $9
          loop $for-loop|46
           local.get $9
           local.get $38
           i32.lt_s
           if
            local.get $9
            i32.const 2
            i32.shl
            local.tee $4
            local.get $2
            i32.add
            i32.load
            local.get $10
            i32.add
            local.tee $39
            local.get $1
            i32.add
            local.set $40
            local.get $29
            local.get $39
            v128.load
            local.tee $28
            local.get $40
            v128.load
            local.get $28
            f32x4.sub
            local.get $3
            local.get $4
            i32.add
            v128.load32_splat
            local.tee $28
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $29
            local.get $30
            local.get $39
            v128.load offset=16
            local.tee $30
            local.get $40
            v128.load offset=16
            local.get $30
            f32x4.sub
            local.get $28
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $30
            local.get $9
            i32.const 1
            i32.add
            local.set $9
            br $for-loop|46
           end
          end
          local.get $10
          local.get $15
          i32.add
          local.tee $1
          local.get $29
          local.get $46
          f32x4.mul
          local.get $29
          local.get $16
          select
          v128.store
          local.get $1
          local.get $30
          local.get $46
          f32x4.mul
          local.get $30
          local.get $16
          select
          v128.store offset=16
         else
          local.get $4
          i32.const 3
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $29
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $30
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $28
           i32.const 0
           local.set $9
           loop $for-loop|47
            local.get $9
            local.get $38
            i32.lt_s
            if
             local.get $9
             i32.const 2
             i32.shl
             local.tee $4
             local.get $2
             i32.add
             i32.load
             local.get $10
             i32.add
             local.tee $39
             local.get $1
             i32.add
             local.set $40
             local.get $29
             local.get $39
             v128.load
             local.tee $29
             local.get $40
             v128.load
             local.get $29
             f32x4.sub
             local.get $3
             local.get $4
             i32.add
             v128.load32_splat
             local.tee $31
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $29
             local.get $30
             local.get $39
             v128.load offset=16
             local.tee $30
             local.get $40
             v128.load offset=16
             local.get $30
             f32x4.sub
             local.get $31
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $30
             local.get $28
             local.get $39
             v128.load offset=32
             local.tee $28
             local.get $40
             v128.load offset=32
             local.get $28
             f32x4.sub
             local.get $31
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $28
             local.get $9
             i32.const 1
             i32.add
             local.set $9
             br $for-loop|47
            end
           end
           local.get $10
           local.get $15
           i32.add
           local.tee $1
           local.get $29
           local.get $46
           f32x4.mul
           local.get $29
           local.get $16
           select
           v128.store
           local.get $1
           local.get $30
           local.get $46
           f32x4.mul
           local.get $30
           local.get $16
           select
           v128.store offset=16
           local.get $1
           local.get $28
           local.get $46
           f32x4.mul
           local.get $28
           local.get $16
           select
           v128.store offset=32
          end
         end
        end
       end
      else
       local.get $35
       if
        local.get $13
        local.set $1
        local.get $17
        i32.load offset=32
        i32.const 2
        i32.shl
        local.set $16
        local.get $17
        i32.load offset=60
        local.set $15
        local.get $17
        i32.load offset=56
        local.set $38
        local.get $17
        i32.load offset=4
        i32.const 0
        i32.ne
        local.set $39
        f32.const 1
        local.get $17
        i32.load offset=24
        local.tee $40
        f32.convert_i32_s
        f32.div
        f32x4.splat
        local.set $46
        i32.const 0
        local.set $4
        loop $for-loop|48
         local.get $4
         i32.const -64
         i32.sub
         local.get $16
         i32.le_u
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $29
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $30
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $28
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $31
          local.get $4
          local.get $15
          i32.add
          local.tee $9
          v128.load
          local.set $47
          local.get $9
          v128.load offset=16
          local.set $48
          local.get $9
          v128.load offset=32
          local.set $49
          local.get $9
          v128.load offset=48
          local.set $50
          local.get $0
          v128.load offset=16
          local.set $54
          local.get $0
          i32.load
          local.get $4
          i32.add
          local.tee $9
          local.get $16
          i32.add
          local.set $10
          local.get $9
          local.get $9
          v128.load
          local.get $47
          local.get $0
          v128.load offset=32
          local.tee $55
          f32x4.mul
          f32x4.add
          v128.store
          local.get $10
          local.get $10
          v128.load
          local.get $47
          local.get $54
          f32x4.mul
          f32x4.add
          v128.store
          local.get $9
          local.get $9
          v128.load offset=16
          local.get $48
          local.get $55
          f32x4.mul
          f32x4.add
          v128.store offset=16
          local.get $10
          local.get $10
          v128.load offset=16
          local.get $48
          local.get $54
          f32x4.mul
          f32x4.add
          v128.store offset=16
          local.get $9
          local.get $9
          v128.load offset=32
          local.get $49
          local.get $55
          f32x4.mul
          f32x4.add
          v128.store offset=32
          local.get $10
          local.get $10
          v128.load offset=32
          local.get $49
          local.get $54
          f32x4.mul
          f32x4.add
          v128.store offset=32
          local.get $9
          local.get $9
          v128.load offset=48
          local.get $50
          local.get $55
          f32x4.mul
          f32x4.add
          v128.store offset=48
          local.get $10
          local.get $10
          v128.load offset=48
          local.get $50
          local.get $54
          f32x4.mul
          f32x4.add
          v128.store offset=48
          local.get $40
          i32.const 1
          i32.gt_s
          if
           local.get $0
           v128.load offset=64
           local.set $54
           local.get $0
           i32.load offset=48
           local.get $4
           i32.add
           local.tee $9
           local.get $16
           i32.add
           local.set $10
           local.get $9
           local.get $9
           v128.load
           local.get $47
           local.get $0
           v128.load offset=80
           local.tee $55
           f32x4.mul
           f32x4.add
           v128.store
           local.get $10
           local.get $10
           v128.load
           local.get $47
           local.get $54
           f32x4.mul
           f32x4.add
           v128.store
           local.get $9
           local.get $9
           v128.load offset=16
           local.get $48
           local.get $55
           f32x4.mul
           f32x4.add
           v128.store offset=16
           local.get $10
           local.get $10
           v128.load offset=16
           local.get $48
           local.get $54
           f32x4.mul
           f32x4.add
           v128.store offset=16
           local.get $9
           local.get $9
           v128.load offset=32
           local.get $49
           local.get $55
           f32x4.mul
           f32x4.add
           v128.store offset=32
           local.get $10
           local.get $10
           v128.load offset=32
           local.get $49
           local.get $54
           f32x4.mul
           f32x4.add
           v128.store offset=32
           local.get $9
           local.get $9
           v128.load offset=48
           local.get $50
           local.get $55
           f32x4.mul
           f32x4.add
           v128.store offset=48
           local.get $10
           local.get $10
           v128.load offset=48
           local.get $50
           local.get $54
           f32x4.mul
           f32x4.add
           v128.store offset=48
          end
          local.get $0
          local.get $40
          i32.const 48
          i32.mul
          i32.add
          local.set $41
          local.get $1
          local.set $9
          local.get $0
          i32.const 96
          i32.add
          local.set $10
          loop $for-loop|49
           local.get $10
           local.get $41
           i32.lt_u
           if
            local.get $10
            v128.load offset=16
            local.set $54
            local.get $10
            i32.load
            local.get $4
            i32.add
            local.tee $42
            local.get $16
            i32.add
            local.set $43
            local.get $42
            local.get $42
            v128.load
            local.get $47
            local.get $10
            v128.load offset=32
            local.tee $55
            f32x4.mul
            f32x4.add
            v128.store
            local.get $43
            local.get $43
            v128.load
            local.get $47
            local.get $54
            f32x4.mul
            f32x4.add
            v128.store
            local.get $42
            local.get $42
            v128.load offset=16
            local.get $48
            local.get $55
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $43
            local.get $43
            v128.load offset=16
            local.get $48
            local.get $54
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $42
            local.get $42
            v128.load offset=32
            local.get $49
            local.get $55
            f32x4.mul
            f32x4.add
            v128.store offset=32
            local.get $43
            local.get $43
            v128.load offset=32
            local.get $49
            local.get $54
            f32x4.mul
            f32x4.add
            v128.store offset=32
            local.get $42
            local.get $42
            v128.load offset=48
            local.get $50
            local.get $55
            f32x4.mul
            f32x4.add
            v128.store offset=48
            local.get $43
            local.get $43
            v128.load offset=48
            local.get $50
            local.get $54
            f32x4.mul
            f32x4.add
            v128.store offset=48
            local.get $9
            i32.load
            local.get $4
            i32.add
            local.tee $42
            local.get $16
            i32.add
            local.set $43
            local.get $29
            local.get $42
            v128.load
            local.tee $29
            local.get $43
            v128.load
            local.get $29
            f32x4.sub
            local.get $9
            v128.load offset=16
            local.tee $54
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $29
            local.get $30
            local.get $42
            v128.load offset=16
            local.tee $30
            local.get $43
            v128.load offset=16
            local.get $30
            f32x4.sub
            local.get $54
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $30
            local.get $28
            local.get $42
            v128.load offset=32
            local.tee $28
            local.get $43
            v128.load offset=32
            local.get $28
            f32x4.sub
            local.get $54
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $28
            local.get $31
            local.get $42
            v128.load offset=48
            local.tee $31
            local.get $43
            v128.load offset=48
            local.get $31
            f32x4.sub
            local.get $54
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $31
            local.get $10
            i32.const 48
            i32.add
            local.set $10
            local.get $9
            i32.const 48
            i32.add
            local.set $9
            br $for-loop|49
           end
          end
          local.get $1
          local.get $40
          i32.const 48
          i32.mul
          i32.add
          local.set $10
          loop $for-loop|50
           local.get $9
           local.get $10
           i32.lt_u
           if
            local.get $29
            local.get $9
            i32.load
            local.get $4
            i32.add
            local.tee $41
            v128.load
            local.tee $29
            local.get $16
            local.get $41
            i32.add
            v128.load
            local.get $29
            f32x4.sub
            local.get $9
            v128.load offset=16
            local.tee $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $29
            local.get $30
            local.get $41
            i32.const 16
            i32.add
            local.tee $42
            v128.load
            local.tee $30
            local.get $16
            local.get $42
            i32.add
            v128.load
            local.get $30
            f32x4.sub
            local.get $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $30
            local.get $28
            local.get $41
            i32.const 32
            i32.add
            local.tee $42
            v128.load
            local.tee $28
            local.get $16
            local.get $42
            i32.add
            v128.load
            local.get $28
            f32x4.sub
            local.get $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $28
            local.get $31
            local.get $41
            i32.const 48
            i32.add
            local.tee $41
            v128.load
            local.tee $31
            local.get $16
            local.get $41
            i32.add
            v128.load
            local.get $31
            f32x4.sub
            local.get $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $31
            local.get $9
            i32.const 48
            i32.add
            local.set $9
            br $for-loop|50
           end
          end
          local.get $4
          local.get $38
          i32.add
          local.tee $9
          local.get $29
          local.get $46
          f32x4.mul
          local.get $29
          local.get $39
          select
          v128.store
          local.get $9
          local.get $30
          local.get $46
          f32x4.mul
          local.get $30
          local.get $39
          select
          v128.store offset=16
          local.get $9
          local.get $28
          local.get $46
          f32x4.mul
          local.get $28
          local.get $39
          select
          v128.store offset=32
          local.get $9
          local.get $31
          local.get $46
          f32x4.mul
          local.get $31
          local.get $39
          select
          v128.store offset=48
          local.get $4
          i32.const -64
          i32.sub
          local.set $4
          br $for-loop|48
         end
        end
        local.get $16
        local.get $4
        i32.sub
        i32.const 4
        i32.shr_u
        local.tee $9
        i32.const 1
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $29
         local.get $0
         v128.load offset=16
         local.set $28
         local.get $0
         i32.load
         local.get $4
         i32.add
         local.tee $9
         local.get $16
         i32.add
         local.set $10
         local.get $9
         local.get $9
         v128.load
         local.get $4
         local.get $15
         i32.add
         v128.load
         local.tee $30
         local.get $0
         v128.load offset=32
         f32x4.mul
         f32x4.add
         v128.store
         local.get $10
         local.get $10
         v128.load
         local.get $30
         local.get $28
         f32x4.mul
         f32x4.add
         v128.store
         local.get $40
         i32.const 1
         i32.gt_s
         if
          local.get $0
          v128.load offset=64
          local.set $28
          local.get $0
          i32.load offset=48
          local.get $4
          i32.add
          local.tee $9
          local.get $16
          i32.add
          local.set $10
          local.get $9
          local.get $9
          v128.load
          local.get $30
          local.get $0
          v128.load offset=80
          f32x4.mul
          f32x4.add
          v128.store
          local.get $10
          local.get $10
          v128.load
          local.get $30
          local.get $28
          f32x4.mul
          f32x4.add
          v128.store
         end
         local.get $0
         local.get $40
         i32.const 48
         i32.mul
         i32.add
         local.set $10
         local.get $4
         local.set $9
         local.get $1
         local.set $4
         local.get $0
         i32.const 96
         i32.add
         local.set $15
         loop $for-loop|51
          local.get $10
          local.get $15
          i32.gt_u
          if
           local.get $15
           v128.load offset=16
           local.set $28
           local.get $15
           i32.load
           local.get $9
           i32.add
           local.tee $41
           local.get $16
           i32.add
           local.set $42
           local.get $41
           local.get $41
           v128.load
           local.get $30
           local.get $15
           v128.load offset=32
           f32x4.mul
           f32x4.add
           v128.store
           local.get $42
           local.get $42
           v128.load
           local.get $30
           local.get $28
           f32x4.mul
           f32x4.add
           v128.store
           local.get $29
           local.get $4
           i32.load
           local.get $9
           i32.add
           local.tee $41
           v128.load
           local.tee $28
           local.get $16
           local.get $41
           i32.add
           v128.load
           local.get $28
           f32x4.sub
           local.get $4
           v128.load offset=16
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $29
           local.get $15
           i32.const 48
           i32.add
           local.set $15
           local.get $4
           i32.const 48
           i32.add
           local.set $4
           br $for-loop|51
          end
         end
         local.get $1
         local.get $40
         i32.const 48
         i32.mul
         i32.add
         local.set $1
         loop $for-loop|52
          local.get $1
          local.get $4
          i32.gt_u
          if
           local.get $29
           local.get $4
           i32.load
           local.get $9
           i32.add
           local.tee $10
           v128.load
           local.tee $28
           local.get $10
           local.get $16
           i32.add
           v128.load
           local.get $28
           f32x4.sub
           local.get $4
           v128.load offset=16
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $29
           local.get $4
           i32.const 48
           i32.add
           local.set $4
           br $for-loop|52
          end
         end
         local.get $9
         local.get $38
         i32.add
         local.get $29
         local.get $46
         f32x4.mul
         local.get $29
         local.get $39
         select
         v128.store
        else
         local.get $9
         i32.const 2
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $29
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $28
          local.get $4
          local.get $15
          i32.add
          local.tee $9
          v128.load
          local.set $30
          local.get $9
          v128.load offset=16
          local.set $31
          local.get $0
          v128.load offset=16
          local.set $47
          local.get $0
          i32.load
          local.get $4
          i32.add
          local.tee $9
          local.get $16
          i32.add
          local.set $10
          local.get $9
          local.get $9
          v128.load
          local.get $30
          local.get $0
          v128.load offset=32
          local.tee $48
          f32x4.mul
          f32x4.add
          v128.store
          local.get $10
          local.get $10
          v128.load
          local.get $30
          local.get $47
          f32x4.mul
          f32x4.add
          v128.store
          local.get $9
          local.get $9
          v128.load offset=16
          local.get $31
          local.get $48
          f32x4.mul
          f32x4.add
          v128.store offset=16
          local.get $10
          local.get $10
          v128.load offset=16
          local.get $31
          local.get $47
          f32x4.mul
          f32x4.add
          v128.store offset=16
          local.get $40
          i32.const 1
          i32.gt_s
          if
           local.get $0
           v128.load offset=64
           local.set $47
           local.get $0
           i32.load offset=48
           local.get $4
           i32.add
           local.tee $9
           local.get $16
           i32.add
           local.set $10
           local.get $9
           local.get $9
           v128.load
           local.get $30
           local.get $0
           v128.load offset=80
           local.tee $48
           f32x4.mul
           f32x4.add
           v128.store
           local.get $10
           local.get $10
           v128.load
           local.get $30
           local.get $47
           f32x4.mul
           f32x4.add
           v128.store
           local.get $9
           local.get $9
           v128.load offset=16
           local.get $31
           local.get $48
           f32x4.mul
           f32x4.add
           v128.store offset=16
           local.get $10
           local.get $10
           v128.load offset=16
           local.get $31
           local.get $47
           f32x4.mul
           f32x4.add
           v128.store offset=16
          end
          local.get $0
          local.get $40
          i32.const 48
          i32.mul
          i32.add
          local.set $10
          local.get $4
          local.set $9
          local.get $1
          local.set $4
          local.get $0
          i32.const 96
          i32.add
          local.set $15
          loop $for-loop|53
           local.get $10
           local.get $15
           i32.gt_u
           if
            local.get $15
            v128.load offset=16
            local.set $47
            local.get $15
            i32.load
            local.get $9
            i32.add
            local.tee $41
            local.get $16
            i32.add
            local.set $42
            local.get $41
            local.get $41
            v128.load
            local.get $30
            local.get $15
            v128.load offset=32
            local.tee $48
            f32x4.mul
            f32x4.add
            v128.store
            local.get $42
            local.get $42
            v128.load
            local.get $30
            local.get $47
            f32x4.mul
            f32x4.add
            v128.store
            local.get $41
            local.get $41
            v128.load offset=16
            local.get $31
            local.get $48
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $42
            local.get $42
            v128.load offset=16
            local.get $31
            local.get $47
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $4
            i32.load
            local.get $9
            i32.add
            local.tee $41
            local.get $16
            i32.add
            local.set $42
            local.get $29
            local.get $41
            v128.load
            local.tee $29
            local.get $42
            v128.load
            local.get $29
            f32x4.sub
            local.get $4
            v128.load offset=16
            local.tee $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $29
            local.get $28
            local.get $41
            v128.load offset=16
            local.tee $28
            local.get $42
            v128.load offset=16
            local.get $28
            f32x4.sub
            local.get $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $28
            local.get $15
            i32.const 48
            i32.add
            local.set $15
            local.get $4
            i32.const 48
            i32.add
            local.set $4
            br $for-loop|53
           end
          end
          local.get $1
          local.get $40
          i32.const 48
          i32.mul
          i32.add
          local.set $1
          loop $for-loop|54
           local.get $1
           local.get $4
           i32.gt_u
           if
            local.get $29
            local.get $4
            i32.load
            local.get $9
            i32.add
            local.tee $10
            v128.load
            local.tee $29
            local.get $10
            local.get $16
            i32.add
            v128.load
            local.get $29
            f32x4.sub
            local.get $4
            v128.load offset=16
            local.tee $30
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $29
            local.get $28
            local.get $10
            i32.const 16
            i32.add
            local.tee $10
            v128.load
            local.tee $28
            local.get $10
            local.get $16
            i32.add
            v128.load
            local.get $28
            f32x4.sub
            local.get $30
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $28
            local.get $4
            i32.const 48
            i32.add
            local.set $4
            br $for-loop|54
           end
          end
          local.get $9
          local.get $38
          i32.add
          local.tee $1
          local.get $29
          local.get $46
          f32x4.mul
          local.get $29
          local.get $39
          select
          v128.store
          local.get $1
          local.get $28
          local.get $46
          f32x4.mul
          local.get $28
          local.get $39
          select
          v128.store offset=16
         else
          local.get $9
          i32.const 3
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $29
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $28
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $30
           local.get $4
           local.get $15
           i32.add
           local.tee $9
           v128.load
           local.set $31
           local.get $9
           v128.load offset=16
           local.set $47
           local.get $9
           v128.load offset=32
           local.set $48
           local.get $0
           v128.load offset=16
           local.set $49
           local.get $0
           i32.load
           local.get $4
           i32.add
           local.tee $9
           local.get $16
           i32.add
           local.set $10
           local.get $9
           local.get $9
           v128.load
           local.get $31
           local.get $0
           v128.load offset=32
           local.tee $50
           f32x4.mul
           f32x4.add
           v128.store
           local.get $10
           local.get $10
           v128.load
           local.get $31
           local.get $49
           f32x4.mul
           f32x4.add
           v128.store
           local.get $9
           local.get $9
           v128.load offset=16
           local.get $47
           local.get $50
           f32x4.mul
           f32x4.add
           v128.store offset=16
           local.get $10
           local.get $10
           v128.load offset=16
           local.get $47
           local.get $49
           f32x4.mul
           f32x4.add
           v128.store offset=16
           local.get $9
           local.get $9
           v128.load offset=32
           local.get $48
           local.get $50
           f32x4.mul
           f32x4.add
           v128.store offset=32
           local.get $10
           local.get $10
           v128.load offset=32
           local.get $48
           local.get $49
           f32x4.mul
           f32x4.add
           v128.store offset=32
           local.get $40
           i32.const 1
           i32.gt_s
           if
            local.get $0
            v128.load offset=64
            local.set $49
            local.get $0
            i32.load offset=48
            local.get $4
            i32.add
            local.tee $9
            local.get $16
            i32.add
            local.set $10
            local.get $9
            local.get $9
            v128.load
            local.get $31
            local.get $0
            v128.load offset=80
            local.tee $50
            f32x4.mul
            f32x4.add
            v128.store
            local.get $10
            local.get $10
            v128.load
            local.get $31
            local.get $49
            f32x4.mul
            f32x4.add
            v128.store
            local.get $9
            local.get $9
            v128.load offset=16
            local.get $47
            local.get $50
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $10
            local.get $10
            v128.load offset=16
            local.get $47
            local.get $49
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $9
            local.get $9
            v128.load offset=32
            local.get $48
            local.get $50
            f32x4.mul
            f32x4.add
            v128.store offset=32
            local.get $10
            local.get $10
            v128.load offset=32
            local.get $48
            local.get $49
            f32x4.mul
            f32x4.add
            v128.store offset=32
           end
           local.get $0
           local.get $40
           i32.const 48
           i32.mul
           i32.add
           local.set $10
           local.get $4
           local.set $9
           local.get $1
           local.set $4
           local.get $0
           i32.const 96
           i32.add
           local.set $15
           loop $for-loop|55
            local.get $10
            local.get $15
            i32.gt_u
            if
             local.get $15
             v128.load offset=16
             local.set $49
             local.get $15
             i32.load
             local.get $9
             i32.add
             local.tee $41
             local.get $16
             i32.add
             local.set $42
             local.get $41
             local.get $41
             v128.load
             local.get $31
             local.get $15
             v128.load offset=32
             local.tee $50
             f32x4.mul
             f32x4.add
             v128.store
             local.get $42
             local.get $42
             v128.load
             local.get $31
             local.get $49
             f32x4.mul
             f32x4.add
             v128.store
             local.get $41
             local.get $41
             v128.load offset=16
             local.get $47
             local.get $50
             f32x4.mul
             f32x4.add
             v128.store offset=16
             local.get $42
             local.get $42
             v128.load offset=16
             local.get $47
             local.get $49
             f32x4.mul
             f32x4.add
             v128.store offset=16
             local.get $41
             local.get $41
             v128.load offset=32
             local.get $48
             local.get $50
             f32x4.mul
             f32x4.add
             v128.store offset=32
             local.get $42
             local.get $42
             v128.load offset=32
             local.get $48
             local.get $49
             f32x4.mul
             f32x4.add
             v128.store offset=32
             local.get $4
             i32.load
             local.get $9
             i32.add
             local.tee $41
             local.get $16
             i32.add
             local.set $42
             local.get $29
             local.get $41
             v128.load
             local.tee $29
             local.get $42
             v128.load
             local.get $29
             f32x4.sub
             local.get $4
             v128.load offset=16
             local.tee $49
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $29
             local.get $28
             local.get $41
             v128.load offset=16
             local.tee $28
             local.get $42
             v128.load offset=16
             local.get $28
             f32x4.sub
             local.get $49
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $28
             local.get $30
             local.get $41
             v128.load offset=32
             local.tee $30
             local.get $42
             v128.load offset=32
             local.get $30
             f32x4.sub
             local.get $49
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $30
             local.get $15
             i32.const 48
             i32.add
             local.set $15
             local.get $4
             i32.const 48
             i32.add
             local.set $4
             br $for-loop|55
            end
           end
           local.get $1
           local.get $40
           i32.const 48
           i32.mul
           i32.add
           local.set $1
           loop $for-loop|56
            local.get $1
            local.get $4
            i32.gt_u
            if
             local.get $29
             local.get $4
             i32.load
             local.get $9
             i32.add
             local.tee $10
             v128.load
             local.tee $29
             local.get $10
             local.get $16
             i32.add
             v128.load
             local.get $29
             f32x4.sub
             local.get $4
             v128.load offset=16
             local.tee $31
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $29
             local.get $28
             local.get $10
             i32.const 16
             i32.add
             local.tee $15
             v128.load
             local.tee $28
             local.get $15
             local.get $16
             i32.add
             v128.load
             local.get $28
             f32x4.sub
             local.get $31
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $28
             local.get $30
             local.get $10
             i32.const 32
             i32.add
             local.tee $10
             v128.load
             local.tee $30
             local.get $10
             local.get $16
             i32.add
             v128.load
             local.get $30
             f32x4.sub
             local.get $31
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $30
             local.get $4
             i32.const 48
             i32.add
             local.set $4
             br $for-loop|56
            end
           end
           local.get $9
           local.get $38
           i32.add
           local.tee $1
           local.get $29
           local.get $46
           f32x4.mul
           local.get $29
           local.get $39
           select
           v128.store
           local.get $1
           local.get $28
           local.get $46
           f32x4.mul
           local.get $28
           local.get $39
           select
           v128.store offset=16
           local.get $1
           local.get $30
           local.get $46
           f32x4.mul
           local.get $30
           local.get $39
           select
           v128.store offset=32
          end
         end
        end
       else
        local.get $17
        i32.load offset=32
        i32.const 2
        i32.shl
        local.set $10
        local.get $17
        i32.load offset=60
        local.set $15
        local.get $17
        i32.load offset=24
        local.set $16
        local.get $17
        i32.load offset=44
        drop
        block $assembly/nk/updateLayerAt<f32>|inlined.4
         local.get $17
         i32.load offset=28
         i32.const 1
         i32.eq
         if
          local.get $16
          i32.const -4
          i32.and
          local.set $1
          local.get $15
          v128.load32_splat
          local.set $28
          i32.const 0
          local.set $9
          loop $for-loop|58
           local.get $1
           local.get $9
           i32.gt_s
           if
            local.get $9
            i32.const 2
            i32.shl
            local.tee $4
            local.get $7
            i32.add
            local.tee $10
            i32.load
            local.tee $38
            local.get $10
            i32.load offset=4
            local.tee $39
            local.get $38
            v128.load64_zero
            v128.load64_lane 1
            local.tee $29
            local.get $10
            i32.load offset=12
            local.tee $38
            local.get $10
            i32.load offset=8
            local.tee $10
            v128.load64_zero
            v128.load64_lane 1
            local.tee $30
            i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            local.get $28
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            local.get $4
            local.get $8
            i32.add
            v128.load
            local.tee $31
            f32x4.sub
            f32x4.mul
            f32x4.add
            local.tee $46
            local.get $29
            local.get $30
            i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
            local.get $28
            local.get $31
            f32x4.mul
            f32x4.add
            local.tee $29
            i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
            local.tee $30
            v128.store64_lane 0
            local.get $39
            local.get $30
            v128.store64_lane 1
            local.get $10
            local.get $46
            local.get $29
            i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
            local.tee $29
            v128.store64_lane 0
            local.get $38
            local.get $29
            v128.store64_lane 1
            local.get $9
            i32.const 4
            i32.add
            local.set $9
            br $for-loop|58
           end
          end
          local.get $15
          f32.load
          local.set $5
          loop $for-loop|59
           local.get $9
           local.get $16
           i32.lt_s
           if
            local.get $9
            i32.const 2
            i32.shl
            local.tee $1
            local.get $7
            i32.add
            i32.load
            local.tee $4
            f32.load offset=4
            local.set $12
            local.get $4
            local.get $4
            f32.load
            local.get $5
            f32.const 1
            local.get $1
            local.get $8
            i32.add
            f32.load
            local.tee $14
            f32.sub
            f32.mul
            f32.add
            f32.store
            local.get $4
            local.get $12
            local.get $5
            local.get $14
            f32.mul
            f32.add
            f32.store offset=4
            local.get $9
            i32.const 1
            i32.add
            local.set $9
            br $for-loop|59
           end
          end
          br $assembly/nk/updateLayerAt<f32>|inlined.4
         end
         i32.const 0
         local.set $4
         loop $for-loop|61
          local.get $4
          local.get $16
          i32.lt_s
          if
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           local.get $4
           i32.const 2
           i32.shl
           local.tee $1
           local.get $8
           i32.add
           v128.load32_splat
           local.tee $28
           f32x4.sub
           local.set $29
           local.get $1
           local.get $7
           i32.add
           i32.load
           local.set $38
           i32.const 0
           local.set $9
           loop $for-loop|63
            local.get $9
            i32.const -64
            i32.sub
            local.tee $1
            local.get $10
            i32.le_u
            if
             local.get $9
             local.get $38
             i32.add
             local.tee $39
             local.get $39
             v128.load
             local.get $9
             local.get $15
             i32.add
             local.tee $9
             v128.load
             local.tee $30
             local.get $29
             f32x4.mul
             f32x4.add
             v128.store
             local.get $10
             local.get $39
             i32.add
             local.tee $40
             local.get $40
             v128.load
             local.get $30
             local.get $28
             f32x4.mul
             f32x4.add
             v128.store
             local.get $39
             i32.const 16
             i32.add
             local.tee $40
             local.get $40
             v128.load
             local.get $9
             v128.load offset=16
             local.tee $30
             local.get $29
             f32x4.mul
             f32x4.add
             v128.store
             local.get $10
             local.get $40
             i32.add
             local.tee $40
             local.get $40
             v128.load
             local.get $30
             local.get $28
             f32x4.mul
             f32x4.add
             v128.store
             local.get $39
             i32.const 32
             i32.add
             local.tee $40
             local.get $40
             v128.load
             local.get $9
             v128.load offset=32
             local.tee $30
             local.get $29
             f32x4.mul
             f32x4.add
             v128.store
             local.get $10
             local.get $40
             i32.add
             local.tee $40
             local.get $40
             v128.load
             local.get $30
             local.get $28
             f32x4.mul
             f32x4.add
             v128.store
             local.get $39
             i32.const 48
             i32.add
             local.tee $39
             local.get $39
             v128.load
             local.get $9
             v128.load offset=48
             local.tee $30
             local.get $29
             f32x4.mul
             f32x4.add
             v128.store
             local.get $10
             local.get $39
             i32.add
             local.tee $9
             local.get $9
             v128.load
             local.get $30
             local.get $28
             f32x4.mul
             f32x4.add
             v128.store
             local.get $1
             local.set $9
             br $for-loop|63
            end
           end
           loop $for-loop|64
            local.get $9
            local.get $10
            i32.lt_u
            if
             local.get $9
             local.get $38
             i32.add
             local.tee $1
             local.get $1
             v128.load
             local.get $9
             local.get $15
             i32.add
             v128.load
             local.tee $30
             local.get $29
             f32x4.mul
             f32x4.add
             v128.store
             local.get $1
             local.get $10
             i32.add
             local.tee $1
             local.get $1
             v128.load
             local.get $30
             local.get $28
             f32x4.mul
             f32x4.add
             v128.store
             local.get $9
             i32.const 16
             i32.add
             local.set $9
             br $for-loop|64
            end
           end
           local.get $4
           i32.const 1
           i32.add
           local.set $4
           br $for-loop|61
          end
         end
        end
        local.get $17
        i32.load offset=32
        i32.const 2
        i32.shl
        local.set $1
        local.get $17
        i32.load offset=56
        local.set $15
        local.get $17
        i32.load offset=4
        i32.const 0
        i32.ne
        local.set $16
        f32.const 1
        local.get $17
        i32.load offset=24
        local.tee $38
        f32.convert_i32_s
        f32.div
        f32x4.splat
        local.set $46
        i32.const 0
        local.set $10
        loop $for-loop|65
         local.get $10
         i32.const -64
         i32.sub
         local.get $1
         i32.le_u
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $31
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $30
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $28
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $29
          i32.const 0
          local.set $9
          loop $for-loop|66
           local.get $9
           local.get $38
           i32.lt_s
           if
            local.get $9
            i32.const 2
            i32.shl
            local.tee $4
            local.get $2
            i32.add
            i32.load
            local.get $10
            i32.add
            local.tee $39
            local.get $1
            i32.add
            local.set $40
            local.get $31
            local.get $39
            v128.load
            local.tee $31
            local.get $40
            v128.load
            local.get $31
            f32x4.sub
            local.get $3
            local.get $4
            i32.add
            v128.load32_splat
            local.tee $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $31
            local.get $30
            local.get $39
            v128.load offset=16
            local.tee $30
            local.get $40
            v128.load offset=16
            local.get $30
            f32x4.sub
            local.get $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $30
            local.get $28
            local.get $39
            v128.load offset=32
            local.tee $28
            local.get $40
            v128.load offset=32
            local.get $28
            f32x4.sub
            local.get $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $28
            local.get $29
            local.get $39
            v128.load offset=48
            local.tee $29
            local.get $40
            v128.load offset=48
            local.get $29
            f32x4.sub
            local.get $47
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $29
            local.get $9
            i32.const 1
            i32.add
            local.set $9
            br $for-loop|66
           end
          end
          local.get $10
          local.get $15
          i32.add
          local.tee $4
          local.get $31
          local.get $46
          f32x4.mul
          local.get $31
          local.get $16
          select
          v128.store
          local.get $4
          local.get $30
          local.get $46
          f32x4.mul
          local.get $30
          local.get $16
          select
          v128.store offset=16
          local.get $4
          local.get $28
          local.get $46
          f32x4.mul
          local.get $28
          local.get $16
          select
          v128.store offset=32
          local.get $4
          local.get $29
          local.get $46
          f32x4.mul
          local.get $29
          local.get $16
          select
          v128.store offset=48
          local.get $10
          i32.const -64
          i32.sub
          local.set $10
          br $for-loop|65
         end
        end
        block $assembly/forward/accumulateLayer<f32>|inlined.8
         local.get $17
         i32.load offset=28
         i32.const 1
         i32.eq
         if
          local.get $38
          i32.const -4
          i32.and
          local.set $1
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $29
          i32.const 0
          local.set $10
          loop $for-loop|67
           local.get $1
           local.get $10
           i32.gt_s
           if
            local.get $29
            local.get $10
            i32.const 2
            i32.shl
            local.tee $4
            local.get $2
            i32.add
            local.tee $9
            i32.load offset=4
            local.get $9
            i32.load
            v128.load64_zero
            v128.load64_lane 1
            local.tee $28
            local.get $9
            i32.load offset=12
            local.get $9
            i32.load offset=8
            v128.load64_zero
            v128.load64_lane 1
            local.tee $29
            i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            local.tee $30
            local.get $28
            local.get $29
            i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
            local.get $30
            f32x4.sub
            local.get $3
            local.get $4
            i32.add
            v128.load
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $29
            local.get $10
            i32.const 4
            i32.add
            local.set $10
            br $for-loop|67
           end
          end
          local.get $29
          f32x4.extract_lane 0
          local.set $5
          local.get $29
          f32x4.extract_lane 1
          local.set $12
          local.get $29
          f32x4.extract_lane 2
          local.set $14
          local.get $10
          local.get $38
          i32.lt_s
          if (result f32)
           local.get $5
           local.get $10
           i32.const 2
           i32.shl
           local.tee $1
           local.get $2
           i32.add
           i32.load
           local.tee $4
           f32.load
           local.tee $5
           local.get $4
           f32.load offset=4
           local.get $5
           f32.sub
           local.get $1
           local.get $3
           i32.add
           f32.load
           f32.mul
           f32.add
           f32.add
          else
           local.get $5
          end
          local.get $10
          i32.const 1
          i32.add
          local.tee $1
          local.get $38
          i32.lt_s
          if (result f32)
           local.get $12
           local.get $1
           i32.const 2
           i32.shl
           local.tee $1
           local.get $2
           i32.add
           i32.load
           local.tee $4
           f32.load
           local.tee $5
           local.get $4
           f32.load offset=4
           local.get $5
           f32.sub
           local.get $1
           local.get $3
           i32.add
           f32.load
           f32.mul
           f32.add
           f32.add
          else
           local.get $12
          end
          f32.add
          local.get $10
          i32.const 2
          i32.add
          local.tee $1
          local.get $38
          i32.lt_s
          if (result f32)
           local.get $14
           local.get $1
           i32.const 2
           i32.shl
           local.tee $1
           local.get $2
           i32.add
           i32.load
           local.tee $4
           f32.load
           local.tee $5
           local.get $4
           f32.load offset=4
           local.get $5
           f32.sub
           local.get $1
           local.get $3
           i32.add
           f32.load
           f32.mul
           f32.add
           f32.add
          else
           local.get $14
          end
          local.get $29
          f32x4.extract_lane 3
          f32.add
          f32.add
          local.set $5
          local.get $15
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $16
          if (result f32)
           local.get $5
           f32.const 1
           local.get $38
           f32.convert_i32_s
           f32.div
           f32.mul
          else
           local.get $5
          end
          f32x4.replace_lane 0
          v128.store
          br $assembly/forward/accumulateLayer<f32>|inlined.8
         end
         local.get $1
         local.get $10
         i32.sub
         i32.const 4
         i32.shr_u
         local.tee $4
         i32.const 1
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $31
          i32.const 0
          local.set $4
          loop $for-loop|68
           local.get $4
           local.get $38
           i32.lt_s
           if
            local.get $31
            local.get $4
            i32.const 2
            i32.shl
            local.tee $9
            local.get $2
            i32.add
            i32.load
            local.get $10
            i32.add
            local.tee $39
            v128.load
            local.tee $28
            local.get $1
            local.get $39
            i32.add
            v128.load
            local.get $28
            f32x4.sub
            local.get $3
            local.get $9
            i32.add
            v128.load32_splat
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $31
            local.get $4
            i32.const 1
            i32.add
            local.set $4
            br $for-loop|68
           end
          end
          local.get $10
          local.get $15
          i32.add
          local.get $31
          local.get $46
          f32x4.mul
          local.get $31
          local.get $16
          select
          v128.store
         else
          local.get $4
          i32.const 2
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $29
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $30
           i32.const 0
           local.set $9
           loop $for-loop|69
            local.get $9
            local.get $38
            i32.lt_s
            if
             local.get $9
             i32.const 2
             i32.shl
             local.tee $4
             local.get $2
             i32.add
             i32.load
             local.get $10
             i32.add
             local.tee $39
             local.get $1
             i32.add
             local.set $40
             local.get $29
             local.get $39
             v128.load
             local.tee $28
             local.get $40
             v128.load
             local.get $28
             f32x4.sub
             local.get $3
             local.get $4
             i32.add
             v128.load32_splat
             local.tee $28
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $29
             local.get $30
             local.get $39
             v128.load offset=16
             local.tee $30
             local.get $40
             v128.load offset=16
             local.get $30
             f32x4.sub
             local.get $28
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $30
             local.get $9
             i32.const 1
             i32.add
             local.set $9
             br $for-loop|69
            end
           end
           local.get $10
           local.get $15
           i32.add
           local.tee $1
           local.get $29
           local.get $46
           f32x4.mul
           local.get $29
           local.get $16
           select
           v128.store
           local.get $1
           local.get $30
           local.get $46
           f32x4.mul
           local.get $30
           local.get $16
           select
           v128.store offset=16
          else
           local.get $4
           i32.const 3
           i32.eq
           if
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $29
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $30
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $28
            i32.const 0
            local.set $9
            loop $for-loop|70
             local.get $9
             local.get $38
             i32.lt_s
             if
              local.get $9
              i32.const 2
              i32.shl
              local.tee $4
              local.get $2
              i32.add
              i32.load
              local.get $10
              i32.add
              local.tee $39
              local.get $1
              i32.add
              local.set $40
              local.get $29
              local.get $39
              v128.load
              local.tee $29
              local.get $40
              v128.load
              local.get $29
              f32x4.sub
              local.get $3
              local.get $4
              i32.add
              v128.load32_splat
              local.tee $31
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $29
              local.get $30
              local.get $39
              v128.load offset=16
              local.tee $30
              local.get $40
              v128.load offset=16
              local.get $30
              f32x4.sub
              local.get $31
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $30
              local.get $28
              local.get $39
              v128.load offset=32
              local.tee $28
              local.get $40
              v128.load offset=32
              local.get $28
              f32x4.sub
              local.get $31
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $28
              local.get $9
              i32.const 1
              i32.add
              local.set $9
              br $for-loop|70
             end
            end
            local.get $10
            local.get $15
            i32.add
            local.tee $1
            local.get $29
            local.get $46
            f32x4.mul
            local.get $29
            local.get $16
            select
            v128.store
            local.get $1
            local.get $30
            local.get $46
            f32x4.mul
            local.get $30
            local.get $16
            select
            v128.store offset=16
            local.get $1
            local.get $28
            local.get $46
            f32x4.mul
            local.get $28
            local.get $16
            select
            v128.store offset=32
           end
          end
         end
        end
       end
      end
      local.get $7
      local.get $2
      local.set $7
      local.set $2
      local.get $8
      local.get $3
      local.set $8
      local.set $3
      local.get $0
      local.get $13
      local.set $0
      local.set $13
     else
      local.get $15
      i32.eqz
      if
       block $assembly/nk/updateLayerAt<f32>|inlined.5
        local.get $17
        i32.load offset=32
        i32.const 2
        i32.shl
        local.set $10
        local.get $17
        i32.load offset=60
        local.set $15
        local.get $17
        i32.load offset=24
        local.set $16
        local.get $17
        i32.load offset=44
        drop
        local.get $17
        i32.load offset=28
        i32.const 1
        i32.eq
        if
         local.get $16
         i32.const -4
         i32.and
         local.set $1
         local.get $15
         v128.load32_splat
         local.set $28
         i32.const 0
         local.set $9
         loop $for-loop|72
          local.get $1
          local.get $9
          i32.gt_s
          if
           local.get $9
           i32.const 2
           i32.shl
           local.tee $4
           local.get $7
           i32.add
           local.tee $10
           i32.load
           local.tee $38
           local.get $10
           i32.load offset=4
           local.tee $39
           local.get $38
           v128.load64_zero
           v128.load64_lane 1
           local.tee $29
           local.get $10
           i32.load offset=12
           local.tee $38
           local.get $10
           i32.load offset=8
           local.tee $10
           v128.load64_zero
           v128.load64_lane 1
           local.tee $30
           i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
           local.get $28
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           local.get $4
           local.get $8
           i32.add
           v128.load
           local.tee $31
           f32x4.sub
           f32x4.mul
           f32x4.add
           local.tee $46
           local.get $29
           local.get $30
           i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
           local.get $28
           local.get $31
           f32x4.mul
           f32x4.add
           local.tee $29
           i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
           local.tee $30
           v128.store64_lane 0
           local.get $39
           local.get $30
           v128.store64_lane 1
           local.get $10
           local.get $46
           local.get $29
           i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
           local.tee $29
           v128.store64_lane 0
           local.get $38
           local.get $29
           v128.store64_lane 1
           local.get $9
           i32.const 4
           i32.add
           local.set $9
           br $for-loop|72
          end
         end
         local.get $15
         f32.load
         local.set $5
         loop $for-loop|73
          local.get $9
          local.get $16
          i32.lt_s
          if
           local.get $9
           i32.const 2
           i32.shl
           local.tee $1
           local.get $7
           i32.add
           i32.load
           local.tee $4
           f32.load offset=4
           local.set $12
           local.get $4
           local.get $4
           f32.load
           local.get $5
           f32.const 1
           local.get $1
           local.get $8
           i32.add
           f32.load
           local.tee $14
           f32.sub
           f32.mul
           f32.add
           f32.store
           local.get $4
           local.get $12
           local.get $5
           local.get $14
           f32.mul
           f32.add
           f32.store offset=4
           local.get $9
           i32.const 1
           i32.add
           local.set $9
           br $for-loop|73
          end
         end
         br $assembly/nk/updateLayerAt<f32>|inlined.5
        end
        i32.const 0
        local.set $4
        loop $for-loop|75
         local.get $4
         local.get $16
         i32.lt_s
         if
          v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
          local.get $4
          i32.const 2
          i32.shl
          local.tee $1
          local.get $8
          i32.add
          v128.load32_splat
          local.tee $28
          f32x4.sub
          local.set $29
          local.get $1
          local.get $7
          i32.add
          i32.load
          local.set $38
          i32.const 0
          local.set $9
          loop $for-loop|77
           local.get $9
           i32.const -64
           i32.sub
           local.tee $1
           local.get $10
           i32.le_u
           if
            local.get $9
            local.get $38
            i32.add
            local.tee $39
            local.get $39
            v128.load
            local.get $9
            local.get $15
            i32.add
            local.tee $9
            v128.load
            local.tee $30
            local.get $29
            f32x4.mul
            f32x4.add
            v128.store
            local.get $10
            local.get $39
            i32.add
            local.tee $40
            local.get $40
            v128.load
            local.get $30
            local.get $28
            f32x4.mul
            f32x4.add
            v128.store
            local.get $39
            i32.const 16
            i32.add
            local.tee $40
            local.get $40
            v128.load
            local.get $9
            v128.load offset=16
            local.tee $30
            local.get $29
            f32x4.mul
            f32x4.add
            v128.store
            local.get $10
            local.get $40
            i32.add
            local.tee $40
            local.get $40
            v128.load
            local.get $30
            local.get $28
            f32x4.mul
            f32x4.add
            v128.store
            local.get $39
            i32.const 32
            i32.add
            local.tee $40
            local.get $40
            v128.load
            local.get $9
            v128.load offset=32
            local.tee $30
            local.get $29
            f32x4.mul
            f32x4.add
            v128.store
            local.get $10
            local.get $40
            i32.add
            local.tee $40
            local.get $40
            v128.load
            local.get $30
            local.get $28
            f32x4.mul
            f32x4.add
            v128.store
            local.get $39
            i32.const 48
            i32.add
            local.tee $39
            local.get $39
            v128.load
            local.get $9
            v128.load offset=48
            local.tee $30
            local.get $29
            f32x4.mul
            f32x4.add
            v128.store
            local.get $10
            local.get $39
            i32.add
            local.tee $9
            local.get $9
            v128.load
            local.get $30
            local.get $28
            f32x4.mul
            f32x4.add
            v128.store
            local.get $1
            local.set $9
            br $for-loop|77
           end
          end
          loop $for-loop|78
           local.get $9
           local.get $10
           i32.lt_u
           if
            local.get $9
            local.get $38
            i32.add
            local.tee $1
            local.get $1
            v128.load
            local.get $9
            local.get $15
            i32.add
            v128.load
            local.tee $30
            local.get $29
            f32x4.mul
            f32x4.add
            v128.store
            local.get $1
            local.get $10
            i32.add
            local.tee $1
            local.get $1
            v128.load
            local.get $30
            local.get $28
            f32x4.mul
            f32x4.add
            v128.store
            local.get $9
            i32.const 16
            i32.add
            local.set $9
            br $for-loop|78
           end
          end
          local.get $4
          i32.const 1
          i32.add
          local.set $4
          br $for-loop|75
         end
        end
       end
      end
     end
     local.get $18
     i32.const 1
     i32.add
     local.set $18
     br $for-loop|11
    end
   end
  end
 )
 (func $assembly/index/nkRangeF64 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 f64) (param $6 f64)
  (local $7 f64)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 f64)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f64)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 i32)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 f64)
  (local $49 i32)
  (local $50 v128)
  local.get $3
  local.get $4
  i32.lt_s
  if
   local.get $1
   local.set $16
   local.get $2
   local.set $17
   local.get $5
   local.set $18
   local.get $0
   local.tee $14
   i32.load offset=12
   local.set $27
   local.get $14
   local.get $14
   i32.load
   local.tee $29
   i32.const 10
   i32.mul
   local.tee $0
   i32.const 4
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.set $30
   local.get $14
   local.get $0
   i32.const 5
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.set $31
   local.get $14
   i32.load offset=56
   local.set $19
   local.get $14
   i32.load offset=16
   local.set $0
   local.get $14
   i32.load offset=20
   local.tee $1
   local.get $14
   i32.load offset=24
   local.tee $33
   i32.const 1
   i32.add
   i32.const -2
   i32.and
   i32.const 3
   i32.shl
   local.tee $34
   i32.add
   local.tee $8
   local.get $33
   i32.const 48
   i32.mul
   i32.add
   local.set $2
   local.get $14
   i32.load offset=44
   local.set $35
   local.get $14
   i32.load offset=40
   local.set $36
   local.get $16
   local.get $14
   i32.load offset=8
   i32.const 3
   i32.shl
   local.tee $32
   local.get $3
   local.tee $15
   i32.mul
   i32.add
   local.set $37
   local.get $14
   i32.load offset=48
   local.set $9
   local.get $14
   i32.load offset=52
   local.set $10
   local.get $8
   i32.const 0
   local.get $14
   i32.load offset=28
   i32.const 1
   i32.ne
   local.tee $28
   select
   local.set $38
   local.get $14
   i32.load offset=36
   local.tee $39
   local.get $14
   i32.load offset=32
   i32.const 3
   i32.shl
   local.tee $40
   i32.mul
   local.set $41
   local.get $33
   i32.const -2
   i32.and
   local.set $3
   local.get $39
   i32.const 1
   i32.sub
   f64.convert_i32_s
   f64x2.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $22
   local.get $39
   i32.const 2
   i32.sub
   f64.convert_i32_s
   f64x2.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $25
   local.get $40
   f64.convert_i32_u
   f64x2.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $42
   local.get $41
   f64.convert_i32_u
   f64.const 2
   f64.mul
   f64x2.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $43
   local.get $36
   f64.convert_i32_u
   f64.const 4503599627370496
   f64.add
   f64x2.splat
   local.get $36
   local.get $41
   i32.add
   f64.convert_i32_u
   f64.const 4503599627370496
   f64.add
   f64x2.replace_lane 1
   local.set $26
   loop $for-loop|1
    local.get $3
    local.get $21
    i32.gt_s
    if
     local.get $21
     i32.const 3
     i32.shl
     local.tee $20
     local.get $35
     i32.add
     local.set $44
     local.get $23
     local.get $20
     local.get $37
     i32.add
     v128.load
     local.tee $45
     local.get $44
     v128.load
     local.tee $46
     f64x2.le
     local.get $45
     local.get $34
     local.get $44
     i32.add
     v128.load
     f64x2.ge
     v128.or
     v128.or
     local.set $23
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.get $45
     local.get $46
     f64x2.sub
     local.get $44
     local.get $34
     i32.const 3
     i32.mul
     i32.add
     v128.load
     f64x2.mul
     f64x2.pmax
     local.get $22
     f64x2.pmin
     local.tee $45
     f64x2.floor
     local.get $25
     f64x2.pmin
     local.set $46
     local.get $10
     local.get $20
     i32.add
     local.get $45
     local.get $46
     f64x2.sub
     local.tee $45
     v128.store
     local.get $46
     local.get $42
     f64x2.mul
     local.get $26
     f64x2.add
     local.set $46
     local.get $26
     local.get $43
     f64x2.add
     local.set $26
     local.get $9
     local.get $21
     i32.const 2
     i32.shl
     i32.add
     local.get $46
     local.get $46
     i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
     v128.store64_lane 0
     local.get $38
     if
      local.get $38
      local.get $21
      i32.const 48
      i32.mul
      i32.add
      local.tee $20
      local.get $46
      v128.store32_lane 0
      local.get $20
      local.get $45
      local.get $45
      i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
      v128.store offset=16
      local.get $20
      v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
      local.get $45
      f64x2.sub
      local.tee $47
      local.get $47
      i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
      v128.store offset=32
      local.get $20
      i32.const 48
      i32.add
      local.get $46
      v128.store32_lane 2
      local.get $20
      local.get $45
      local.get $45
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      v128.store offset=64
      local.get $20
      local.get $47
      local.get $47
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      v128.store offset=80
     end
     local.get $21
     i32.const 2
     i32.add
     local.set $21
     br $for-loop|1
    end
   end
   local.get $23
   v128.any_true
   if
    loop $for-loop|2
     local.get $3
     local.get $12
     i32.gt_s
     if
      local.get $12
      i32.const 3
      i32.shl
      local.tee $20
      local.get $35
      i32.add
      local.tee $21
      local.get $34
      i32.add
      f64.load
      local.set $7
      block $assembly/pl/adaptRange<f64>|inlined.0
       local.get $21
       f64.load
       local.tee $5
       local.get $20
       local.get $37
       i32.add
       f64.load
       local.tee $11
       f64.ge
       if
        local.get $11
        local.set $5
       else
        local.get $7
        local.get $11
        f64.le
        i32.eqz
        br_if $assembly/pl/adaptRange<f64>|inlined.0
        local.get $11
        local.set $7
       end
       local.get $21
       local.get $5
       local.get $7
       local.get $5
       f64.sub
       f64.const 0.01
       f64.mul
       local.tee $5
       f64.sub
       local.tee $11
       f64.store
       local.get $21
       local.get $34
       i32.add
       local.get $7
       local.get $5
       f64.add
       local.tee $5
       f64.store
       local.get $21
       local.get $34
       i32.const 1
       i32.shl
       i32.add
       local.get $5
       local.get $11
       f64.sub
       local.get $39
       i32.const 1
       i32.sub
       f64.convert_i32_s
       f64.div
       local.tee $5
       f64.store
       local.get $21
       local.get $34
       i32.const 3
       i32.mul
       i32.add
       f64.const 1
       local.get $5
       f64.div
       f64.store
      end
      local.get $12
      i32.const 1
      i32.add
      local.set $12
      br $for-loop|2
     end
    end
    local.get $39
    i32.const 1
    i32.sub
    f64.convert_i32_s
    f64x2.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $22
    local.get $39
    i32.const 2
    i32.sub
    f64.convert_i32_s
    f64x2.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $25
    local.get $40
    f64.convert_i32_u
    f64x2.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $26
    local.get $39
    local.get $40
    i32.mul
    local.tee $12
    f64.convert_i32_u
    f64.const 2
    f64.mul
    f64x2.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $42
    local.get $36
    f64.convert_i32_u
    f64.const 4503599627370496
    f64.add
    f64x2.splat
    local.get $12
    local.get $36
    i32.add
    f64.convert_i32_u
    f64.const 4503599627370496
    f64.add
    f64x2.replace_lane 1
    local.set $23
    i32.const 0
    local.set $21
    loop $for-loop|3
     local.get $3
     local.get $21
     i32.gt_s
     if
      local.get $21
      i32.const 3
      i32.shl
      local.tee $12
      local.get $35
      i32.add
      local.set $20
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $12
      local.get $37
      i32.add
      v128.load
      local.get $20
      v128.load
      f64x2.sub
      local.get $20
      local.get $34
      i32.const 3
      i32.mul
      i32.add
      v128.load
      f64x2.mul
      f64x2.pmax
      local.get $22
      f64x2.pmin
      local.tee $43
      f64x2.floor
      local.get $25
      f64x2.pmin
      local.set $45
      local.get $10
      local.get $12
      i32.add
      local.get $43
      local.get $45
      f64x2.sub
      local.tee $43
      v128.store
      local.get $45
      local.get $26
      f64x2.mul
      local.get $23
      f64x2.add
      local.set $45
      local.get $23
      local.get $42
      f64x2.add
      local.set $23
      local.get $9
      local.get $21
      i32.const 2
      i32.shl
      i32.add
      local.get $45
      local.get $45
      i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
      v128.store64_lane 0
      local.get $38
      if
       local.get $38
       local.get $21
       i32.const 48
       i32.mul
       i32.add
       local.tee $12
       local.get $45
       v128.store32_lane 0
       local.get $12
       local.get $43
       local.get $43
       i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
       v128.store offset=16
       local.get $12
       v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
       local.get $43
       f64x2.sub
       local.tee $46
       local.get $46
       i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
       v128.store offset=32
       local.get $12
       i32.const 48
       i32.add
       local.get $45
       v128.store32_lane 2
       local.get $12
       local.get $43
       local.get $43
       i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
       v128.store offset=64
       local.get $12
       local.get $46
       local.get $46
       i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
       v128.store offset=80
      end
      local.get $21
      i32.const 2
      i32.add
      local.set $21
      br $for-loop|3
     end
    end
   end
   local.get $4
   local.set $20
   loop $for-loop|4
    local.get $3
    local.get $33
    i32.lt_s
    if
     local.get $3
     i32.const 3
     i32.shl
     local.tee $12
     local.get $37
     i32.add
     f64.load
     local.set $11
     local.get $12
     local.get $35
     i32.add
     local.tee $4
     f64.load
     local.set $7
     local.get $4
     local.get $34
     i32.add
     f64.load
     local.set $5
     block $assembly/pl/adaptRange<f64>|inlined.1
      local.get $7
      local.get $11
      f64.ge
      if
       local.get $11
       local.set $7
      else
       local.get $5
       local.get $11
       f64.le
       i32.eqz
       br_if $assembly/pl/adaptRange<f64>|inlined.1
       local.get $11
       local.set $5
      end
      local.get $4
      local.get $7
      local.get $5
      local.get $7
      f64.sub
      f64.const 0.01
      f64.mul
      local.tee $7
      f64.sub
      local.tee $48
      f64.store
      local.get $4
      local.get $34
      i32.add
      local.get $5
      local.get $7
      f64.add
      local.tee $5
      f64.store
      local.get $4
      local.get $34
      i32.const 1
      i32.shl
      i32.add
      local.get $5
      local.get $48
      f64.sub
      local.get $39
      i32.const 1
      i32.sub
      f64.convert_i32_s
      f64.div
      local.tee $5
      f64.store
      local.get $4
      local.get $34
      i32.const 3
      i32.mul
      i32.add
      f64.const 1
      local.get $5
      f64.div
      f64.store
     end
     local.get $11
     local.get $12
     local.get $35
     i32.add
     local.tee $4
     f64.load
     f64.sub
     local.get $4
     local.get $34
     i32.const 3
     i32.mul
     i32.add
     f64.load
     f64.mul
     local.tee $7
     f64.const 0
     f64.lt
     if
      f64.const 0
      local.set $7
     end
     local.get $7
     local.get $39
     i32.const 1
     i32.sub
     f64.convert_i32_s
     local.tee $5
     f64.gt
     i32.eqz
     if
      local.get $7
      local.set $5
     end
     local.get $5
     i32.trunc_sat_f64_s
     local.tee $21
     local.get $39
     i32.const 2
     i32.sub
     local.tee $4
     i32.le_s
     if
      local.get $21
      local.set $4
     end
     local.get $9
     local.get $3
     i32.const 2
     i32.shl
     i32.add
     local.get $36
     local.get $3
     local.get $41
     i32.mul
     i32.add
     local.get $4
     local.get $40
     i32.mul
     i32.add
     local.tee $21
     i32.store
     local.get $10
     local.get $12
     i32.add
     local.get $5
     local.get $4
     f64.convert_i32_s
     f64.sub
     local.tee $5
     f64.store
     local.get $38
     local.get $3
     i32.const 48
     i32.mul
     i32.add
     i32.const 0
     local.get $38
     select
     local.tee $4
     if
      local.get $4
      local.get $21
      i32.store
      local.get $4
      local.get $5
      f64x2.splat
      v128.store offset=16
      local.get $4
      f64.const 1
      local.get $5
      f64.sub
      f64x2.splat
      v128.store offset=32
     end
     local.get $3
     i32.const 1
     i32.add
     local.set $3
     br $for-loop|4
    end
   end
   local.get $14
   i32.load offset=32
   i32.const 3
   i32.shl
   local.set $3
   local.get $14
   i32.load offset=56
   local.set $21
   local.get $14
   i32.load offset=4
   i32.const 0
   i32.ne
   local.set $33
   f64.const 1
   local.get $14
   i32.load offset=24
   local.tee $34
   f64.convert_i32_s
   f64.div
   f64x2.splat
   local.set $42
   i32.const 0
   local.set $4
   loop $for-loop|5
    local.get $4
    i32.const -64
    i32.sub
    local.get $3
    i32.le_u
    if
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $25
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $22
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $23
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $26
     i32.const 0
     local.set $12
     loop $for-loop|6
      local.get $12
      local.get $34
      i32.lt_s
      if
       local.get $9
       local.get $12
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.get $4
       i32.add
       local.tee $35
       local.get $3
       i32.add
       local.set $36
       local.get $25
       local.get $35
       v128.load
       local.tee $25
       local.get $36
       v128.load
       local.get $25
       f64x2.sub
       local.get $10
       local.get $12
       i32.const 3
       i32.shl
       i32.add
       v128.load64_splat
       local.tee $43
       f64x2.mul
       f64x2.add
       f64x2.add
       local.set $25
       local.get $22
       local.get $35
       v128.load offset=16
       local.tee $22
       local.get $36
       v128.load offset=16
       local.get $22
       f64x2.sub
       local.get $43
       f64x2.mul
       f64x2.add
       f64x2.add
       local.set $22
       local.get $23
       local.get $35
       v128.load offset=32
       local.tee $23
       local.get $36
       v128.load offset=32
       local.get $23
       f64x2.sub
       local.get $43
       f64x2.mul
       f64x2.add
       f64x2.add
       local.set $23
       local.get $26
       local.get $35
       v128.load offset=48
       local.tee $26
       local.get $36
       v128.load offset=48
       local.get $26
       f64x2.sub
       local.get $43
       f64x2.mul
       f64x2.add
       f64x2.add
       local.set $26
       local.get $12
       i32.const 1
       i32.add
       local.set $12
       br $for-loop|6
      end
     end
     local.get $4
     local.get $21
     i32.add
     local.tee $12
     local.get $25
     local.get $42
     f64x2.mul
     local.get $25
     local.get $33
     select
     v128.store
     local.get $12
     local.get $22
     local.get $42
     f64x2.mul
     local.get $22
     local.get $33
     select
     v128.store offset=16
     local.get $12
     local.get $23
     local.get $42
     f64x2.mul
     local.get $23
     local.get $33
     select
     v128.store offset=32
     local.get $12
     local.get $26
     local.get $42
     f64x2.mul
     local.get $26
     local.get $33
     select
     v128.store offset=48
     local.get $4
     i32.const -64
     i32.sub
     local.set $4
     br $for-loop|5
    end
   end
   block $assembly/forward/accumulateLayer<f64>|inlined.0
    local.get $14
    i32.load offset=28
    i32.const 1
    i32.eq
    if
     local.get $34
     i32.const -2
     i32.and
     local.set $3
     i32.const 0
     local.set $4
     loop $for-loop|7
      local.get $3
      local.get $4
      i32.gt_s
      if
       local.get $24
       local.get $9
       local.get $4
       i32.const 2
       i32.shl
       i32.add
       local.tee $12
       i32.load
       v128.load
       local.tee $22
       local.get $12
       i32.load offset=4
       v128.load
       local.tee $23
       i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
       local.tee $24
       local.get $22
       local.get $23
       i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
       local.get $24
       f64x2.sub
       local.get $10
       local.get $4
       i32.const 3
       i32.shl
       i32.add
       v128.load
       f64x2.mul
       f64x2.add
       f64x2.add
       local.set $24
       local.get $4
       i32.const 2
       i32.add
       local.set $4
       br $for-loop|7
      end
     end
     local.get $24
     f64x2.extract_lane 0
     local.set $5
     local.get $4
     local.get $34
     i32.lt_s
     if (result f64)
      local.get $5
      local.get $9
      local.get $4
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $3
      f64.load
      local.tee $5
      local.get $3
      f64.load offset=8
      local.get $5
      f64.sub
      local.get $10
      local.get $4
      i32.const 3
      i32.shl
      i32.add
      f64.load
      f64.mul
      f64.add
      f64.add
     else
      local.get $5
     end
     local.get $24
     f64x2.extract_lane 1
     f64.add
     local.set $5
     local.get $21
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.get $33
     if (result f64)
      local.get $5
      f64.const 1
      local.get $34
      f64.convert_i32_s
      f64.div
      f64.mul
     else
      local.get $5
     end
     f64x2.replace_lane 0
     v128.store
     br $assembly/forward/accumulateLayer<f64>|inlined.0
    end
    local.get $3
    local.get $4
    i32.sub
    i32.const 4
    i32.shr_u
    local.tee $12
    i32.const 1
    i32.eq
    if
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $25
     loop $for-loop|8
      local.get $13
      local.get $34
      i32.lt_s
      if
       local.get $25
       local.get $9
       local.get $13
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.get $4
       i32.add
       local.tee $12
       v128.load
       local.tee $22
       local.get $3
       local.get $12
       i32.add
       v128.load
       local.get $22
       f64x2.sub
       local.get $10
       local.get $13
       i32.const 3
       i32.shl
       i32.add
       v128.load64_splat
       f64x2.mul
       f64x2.add
       f64x2.add
       local.set $25
       local.get $13
       i32.const 1
       i32.add
       local.set $13
       br $for-loop|8
      end
     end
     local.get $4
     local.get $21
     i32.add
     local.get $25
     local.get $42
     f64x2.mul
     local.get $25
     local.get $33
     select
     v128.store
    else
     local.get $12
     i32.const 2
     i32.eq
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $22
      i32.const 0
      local.set $12
      loop $for-loop|9
       local.get $12
       local.get $34
       i32.lt_s
       if
        local.get $9
        local.get $12
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.get $4
        i32.add
        local.tee $13
        local.get $3
        i32.add
        local.set $35
        local.get $24
        local.get $13
        v128.load
        local.tee $23
        local.get $35
        v128.load
        local.get $23
        f64x2.sub
        local.get $10
        local.get $12
        i32.const 3
        i32.shl
        i32.add
        v128.load64_splat
        local.tee $23
        f64x2.mul
        f64x2.add
        f64x2.add
        local.set $24
        local.get $22
        local.get $13
        v128.load offset=16
        local.tee $22
        local.get $35
        v128.load offset=16
        local.get $22
        f64x2.sub
        local.get $23
        f64x2.mul
        f64x2.add
        f64x2.add
        local.set $22
        local.get $12
        i32.const 1
        i32.add
        local.set $12
        br $for-loop|9
       end
      end
      local.get $4
      local.get $21
      i32.add
      local.tee $3
      local.get $24
      local.get $42
      f64x2.mul
      local.get $24
      local.get $33
      select
      v128.store
      local.get $3
      local.get $22
      local.get $42
      f64x2.mul
      local.get $22
      local.get $33
      select
      v128.store offset=16
     else
      local.get $12
      i32.const 3
      i32.eq
      if
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $22
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $23
       i32.const 0
       local.set $12
       loop $for-loop|10
        local.get $12
        local.get $34
        i32.lt_s
        if
         local.get $9
         local.get $12
         i32.const 2
         i32.shl
         i32.add
         i32.load
         local.get $4
         i32.add
         local.tee $13
         local.get $3
         i32.add
         local.set $35
         local.get $24
         local.get $13
         v128.load
         local.tee $24
         local.get $35
         v128.load
         local.get $24
         f64x2.sub
         local.get $10
         local.get $12
         i32.const 3
         i32.shl
         i32.add
         v128.load64_splat
         local.tee $25
         f64x2.mul
         f64x2.add
         f64x2.add
         local.set $24
         local.get $22
         local.get $13
         v128.load offset=16
         local.tee $22
         local.get $35
         v128.load offset=16
         local.get $22
         f64x2.sub
         local.get $25
         f64x2.mul
         f64x2.add
         f64x2.add
         local.set $22
         local.get $23
         local.get $13
         v128.load offset=32
         local.tee $23
         local.get $35
         v128.load offset=32
         local.get $23
         f64x2.sub
         local.get $25
         f64x2.mul
         f64x2.add
         f64x2.add
         local.set $23
         local.get $12
         i32.const 1
         i32.add
         local.set $12
         br $for-loop|10
        end
       end
       local.get $4
       local.get $21
       i32.add
       local.tee $3
       local.get $24
       local.get $42
       f64x2.mul
       local.get $24
       local.get $33
       select
       v128.store
       local.get $3
       local.get $22
       local.get $42
       f64x2.mul
       local.get $22
       local.get $33
       select
       v128.store offset=16
       local.get $3
       local.get $23
       local.get $42
       f64x2.mul
       local.get $23
       local.get $33
       select
       v128.store offset=32
      end
     end
    end
   end
   loop $for-loop|11
    local.get $15
    local.get $20
    i32.lt_s
    if
     local.get $19
     local.set $3
     local.get $14
     i32.load
     local.set $21
     i32.const 1
     local.set $13
     loop $for-loop|12
      local.get $13
      local.get $21
      i32.lt_s
      if
       local.get $14
       local.get $13
       i32.const 10
       i32.mul
       local.tee $4
       i32.const 11
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $33
       local.get $14
       local.get $4
       i32.const 10
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $34
       local.get $14
       local.get $4
       i32.const 12
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $35
       local.get $14
       local.get $4
       i32.const 13
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $36
       local.get $14
       local.get $4
       i32.const 6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $37
       i32.const 1
       i32.add
       i32.const -2
       i32.and
       i32.const 3
       i32.shl
       local.set $38
       local.get $14
       local.get $4
       i32.const 9
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $39
       local.get $14
       local.get $4
       i32.const 8
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.const 3
       i32.shl
       local.tee $40
       i32.mul
       local.set $41
       local.get $37
       i32.const -2
       i32.and
       local.set $4
       local.get $39
       i32.const 1
       i32.sub
       f64.convert_i32_s
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $22
       local.get $39
       i32.const 2
       i32.sub
       f64.convert_i32_s
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $24
       local.get $40
       f64.convert_i32_u
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $25
       local.get $41
       f64.convert_i32_u
       f64.const 2
       f64.mul
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $42
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $23
       local.get $34
       f64.convert_i32_u
       f64.const 4503599627370496
       f64.add
       f64x2.splat
       local.get $34
       local.get $41
       i32.add
       f64.convert_i32_u
       f64.const 4503599627370496
       f64.add
       f64x2.replace_lane 1
       local.set $26
       i32.const 0
       local.set $12
       loop $for-loop|14
        local.get $4
        local.get $12
        i32.gt_s
        if
         local.get $12
         i32.const 3
         i32.shl
         local.tee $44
         local.get $33
         i32.add
         local.set $49
         local.get $23
         local.get $3
         local.get $44
         i32.add
         v128.load
         local.tee $43
         local.get $49
         v128.load
         local.tee $45
         f64x2.le
         local.get $43
         local.get $38
         local.get $49
         i32.add
         v128.load
         f64x2.ge
         v128.or
         v128.or
         local.set $23
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $43
         local.get $45
         f64x2.sub
         local.get $49
         local.get $38
         i32.const 3
         i32.mul
         i32.add
         v128.load
         f64x2.mul
         f64x2.pmax
         local.get $22
         f64x2.pmin
         local.tee $43
         f64x2.floor
         local.get $24
         f64x2.pmin
         local.set $45
         local.get $36
         local.get $44
         i32.add
         local.get $43
         local.get $45
         f64x2.sub
         v128.store
         local.get $45
         local.get $25
         f64x2.mul
         local.get $26
         f64x2.add
         local.set $43
         local.get $26
         local.get $42
         f64x2.add
         local.set $26
         local.get $35
         local.get $12
         i32.const 2
         i32.shl
         i32.add
         local.get $43
         local.get $43
         i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
         v128.store64_lane 0
         local.get $12
         i32.const 2
         i32.add
         local.set $12
         br $for-loop|14
        end
       end
       local.get $23
       v128.any_true
       if
        i32.const 0
        local.set $12
        loop $for-loop|15
         local.get $4
         local.get $12
         i32.gt_s
         if
          local.get $12
          i32.const 3
          i32.shl
          local.tee $44
          local.get $33
          i32.add
          local.tee $49
          local.get $38
          i32.add
          f64.load
          local.set $7
          block $assembly/pl/adaptRange<f64>|inlined.2
           local.get $49
           f64.load
           local.tee $5
           local.get $3
           local.get $44
           i32.add
           f64.load
           local.tee $11
           f64.ge
           if
            local.get $11
            local.set $5
           else
            local.get $7
            local.get $11
            f64.le
            i32.eqz
            br_if $assembly/pl/adaptRange<f64>|inlined.2
            local.get $11
            local.set $7
           end
           local.get $49
           local.get $5
           local.get $7
           local.get $5
           f64.sub
           f64.const 0.01
           f64.mul
           local.tee $5
           f64.sub
           local.tee $11
           f64.store
           local.get $38
           local.get $49
           i32.add
           local.get $7
           local.get $5
           f64.add
           local.tee $5
           f64.store
           local.get $49
           local.get $38
           i32.const 1
           i32.shl
           i32.add
           local.get $5
           local.get $11
           f64.sub
           local.get $39
           i32.const 1
           i32.sub
           f64.convert_i32_s
           f64.div
           local.tee $5
           f64.store
           local.get $49
           local.get $38
           i32.const 3
           i32.mul
           i32.add
           f64.const 1
           local.get $5
           f64.div
           f64.store
          end
          local.get $12
          i32.const 1
          i32.add
          local.set $12
          br $for-loop|15
         end
        end
        local.get $39
        i32.const 1
        i32.sub
        f64.convert_i32_s
        f64x2.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $22
        local.get $39
        i32.const 2
        i32.sub
        f64.convert_i32_s
        f64x2.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $24
        local.get $40
        f64.convert_i32_u
        f64x2.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $25
        local.get $39
        local.get $40
        i32.mul
        local.tee $12
        f64.convert_i32_u
        f64.const 2
        f64.mul
        f64x2.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $26
        local.get $34
        f64.convert_i32_u
        f64.const 4503599627370496
        f64.add
        f64x2.splat
        local.get $12
        local.get $34
        i32.add
        f64.convert_i32_u
        f64.const 4503599627370496
        f64.add
        f64x2.replace_lane 1
        local.set $23
        i32.const 0
        local.set $12
        loop $for-loop|16
         local.get $4
         local.get $12
         i32.gt_s
         if
          local.get $12
          i32.const 3
          i32.shl
          local.tee $44
          local.get $33
          i32.add
          local.set $49
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $3
          local.get $44
          i32.add
          v128.load
          local.get $49
          v128.load
          f64x2.sub
          local.get $49
          local.get $38
          i32.const 3
          i32.mul
          i32.add
          v128.load
          f64x2.mul
          f64x2.pmax
          local.get $22
          f64x2.pmin
          local.tee $42
          f64x2.floor
          local.get $24
          f64x2.pmin
          local.set $43
          local.get $36
          local.get $44
          i32.add
          local.get $42
          local.get $43
          f64x2.sub
          v128.store
          local.get $43
          local.get $25
          f64x2.mul
          local.get $23
          f64x2.add
          local.set $42
          local.get $23
          local.get $26
          f64x2.add
          local.set $23
          local.get $35
          local.get $12
          i32.const 2
          i32.shl
          i32.add
          local.get $42
          local.get $42
          i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
          v128.store64_lane 0
          local.get $12
          i32.const 2
          i32.add
          local.set $12
          br $for-loop|16
         end
        end
       end
       loop $for-loop|17
        local.get $4
        local.get $37
        i32.lt_s
        if
         local.get $4
         i32.const 3
         i32.shl
         local.tee $44
         local.get $3
         i32.add
         f64.load
         local.set $11
         local.get $33
         local.get $44
         i32.add
         local.tee $12
         f64.load
         local.set $7
         local.get $12
         local.get $38
         i32.add
         f64.load
         local.set $5
         block $assembly/pl/adaptRange<f64>|inlined.3
          local.get $7
          local.get $11
          f64.ge
          if
           local.get $11
           local.set $7
          else
           local.get $5
           local.get $11
           f64.le
           i32.eqz
           br_if $assembly/pl/adaptRange<f64>|inlined.3
           local.get $11
           local.set $5
          end
          local.get $12
          local.get $7
          local.get $5
          local.get $7
          f64.sub
          f64.const 0.01
          f64.mul
          local.tee $7
          f64.sub
          local.tee $48
          f64.store
          local.get $12
          local.get $38
          i32.add
          local.get $5
          local.get $7
          f64.add
          local.tee $5
          f64.store
          local.get $12
          local.get $38
          i32.const 1
          i32.shl
          i32.add
          local.get $5
          local.get $48
          f64.sub
          local.get $39
          i32.const 1
          i32.sub
          f64.convert_i32_s
          f64.div
          local.tee $5
          f64.store
          local.get $12
          local.get $38
          i32.const 3
          i32.mul
          i32.add
          f64.const 1
          local.get $5
          f64.div
          f64.store
         end
         local.get $11
         local.get $33
         local.get $44
         i32.add
         local.tee $12
         f64.load
         f64.sub
         local.get $12
         local.get $38
         i32.const 3
         i32.mul
         i32.add
         f64.load
         f64.mul
         local.tee $7
         f64.const 0
         f64.lt
         if
          f64.const 0
          local.set $7
         end
         local.get $7
         local.get $39
         i32.const 1
         i32.sub
         f64.convert_i32_s
         local.tee $5
         f64.gt
         i32.eqz
         if
          local.get $7
          local.set $5
         end
         local.get $5
         i32.trunc_sat_f64_s
         local.tee $49
         local.get $39
         i32.const 2
         i32.sub
         local.tee $12
         i32.le_s
         if
          local.get $49
          local.set $12
         end
         local.get $35
         local.get $4
         i32.const 2
         i32.shl
         i32.add
         local.get $34
         local.get $4
         local.get $41
         i32.mul
         i32.add
         local.get $12
         local.get $40
         i32.mul
         i32.add
         i32.store
         local.get $36
         local.get $44
         i32.add
         local.get $5
         local.get $12
         f64.convert_i32_s
         f64.sub
         f64.store
         local.get $4
         i32.const 1
         i32.add
         local.set $4
         br $for-loop|17
        end
       end
       local.get $14
       local.get $13
       i32.const 10
       i32.mul
       local.tee $3
       i32.const 8
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.const 3
       i32.shl
       local.set $33
       local.get $14
       local.get $3
       i32.const 14
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $34
       local.get $14
       i32.load offset=4
       i32.const 0
       i32.ne
       local.set $37
       f64.const 1
       local.get $14
       local.get $3
       i32.const 6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $38
       f64.convert_i32_s
       f64.div
       f64x2.splat
       local.set $42
       i32.const 0
       local.set $4
       loop $for-loop|18
        local.get $4
        i32.const -64
        i32.sub
        local.get $33
        i32.le_u
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $25
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $22
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $23
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $26
         i32.const 0
         local.set $12
         loop $for-loop|19
          local.get $12
          local.get $38
          i32.lt_s
          if
           local.get $35
           local.get $12
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.get $4
           i32.add
           local.tee $3
           local.get $33
           i32.add
           local.set $39
           local.get $25
           local.get $3
           v128.load
           local.tee $24
           local.get $39
           v128.load
           local.get $24
           f64x2.sub
           local.get $36
           local.get $12
           i32.const 3
           i32.shl
           i32.add
           v128.load64_splat
           local.tee $24
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $25
           local.get $22
           local.get $3
           v128.load offset=16
           local.tee $22
           local.get $39
           v128.load offset=16
           local.get $22
           f64x2.sub
           local.get $24
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $22
           local.get $23
           local.get $3
           v128.load offset=32
           local.tee $23
           local.get $39
           v128.load offset=32
           local.get $23
           f64x2.sub
           local.get $24
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $23
           local.get $26
           local.get $3
           v128.load offset=48
           local.tee $26
           local.get $39
           v128.load offset=48
           local.get $26
           f64x2.sub
           local.get $24
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $26
           local.get $12
           i32.const 1
           i32.add
           local.set $12
           br $for-loop|19
          end
         end
         local.get $4
         local.get $34
         i32.add
         local.tee $3
         local.get $25
         local.get $42
         f64x2.mul
         local.get $25
         local.get $37
         select
         v128.store
         local.get $3
         local.get $22
         local.get $42
         f64x2.mul
         local.get $22
         local.get $37
         select
         v128.store offset=16
         local.get $3
         local.get $23
         local.get $42
         f64x2.mul
         local.get $23
         local.get $37
         select
         v128.store offset=32
         local.get $3
         local.get $26
         local.get $42
         f64x2.mul
         local.get $26
         local.get $37
         select
         v128.store offset=48
         local.get $4
         i32.const -64
         i32.sub
         local.set $4
         br $for-loop|18
        end
       end
       block $assembly/forward/accumulateLayer<f64>|inlined.1
        local.get $14
        local.get $13
        i32.const 10
        i32.mul
        i32.const 7
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        i32.const 1
        i32.eq
        if
         local.get $38
         i32.const -2
         i32.and
         local.set $3
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $24
         i32.const 0
         local.set $4
         loop $for-loop|20
          local.get $3
          local.get $4
          i32.gt_s
          if
           local.get $24
           local.get $35
           local.get $4
           i32.const 2
           i32.shl
           i32.add
           local.tee $12
           i32.load
           v128.load
           local.tee $22
           local.get $12
           i32.load offset=4
           v128.load
           local.tee $23
           i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
           local.tee $24
           local.get $22
           local.get $23
           i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
           local.get $24
           f64x2.sub
           local.get $36
           local.get $4
           i32.const 3
           i32.shl
           i32.add
           v128.load
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $24
           local.get $4
           i32.const 2
           i32.add
           local.set $4
           br $for-loop|20
          end
         end
         local.get $24
         f64x2.extract_lane 0
         local.set $5
         local.get $4
         local.get $38
         i32.lt_s
         if (result f64)
          local.get $5
          local.get $35
          local.get $4
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.tee $3
          f64.load
          local.tee $5
          local.get $3
          f64.load offset=8
          local.get $5
          f64.sub
          local.get $36
          local.get $4
          i32.const 3
          i32.shl
          i32.add
          f64.load
          f64.mul
          f64.add
          f64.add
         else
          local.get $5
         end
         local.get $24
         f64x2.extract_lane 1
         f64.add
         local.set $5
         local.get $34
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $37
         if (result f64)
          local.get $5
          f64.const 1
          local.get $38
          f64.convert_i32_s
          f64.div
          f64.mul
         else
          local.get $5
         end
         f64x2.replace_lane 0
         v128.store
         br $assembly/forward/accumulateLayer<f64>|inlined.1
        end
        local.get $33
        local.get $4
        i32.sub
        i32.const 4
        i32.shr_u
        local.tee $3
        i32.const 1
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $25
         i32.const 0
         local.set $3
         loop $for-loop|21
          local.get $3
          local.get $38
          i32.lt_s
          if
           local.get $25
           local.get $35
           local.get $3
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.get $4
           i32.add
           local.tee $12
           v128.load
           local.tee $22
           local.get $12
           local.get $33
           i32.add
           v128.load
           local.get $22
           f64x2.sub
           local.get $36
           local.get $3
           i32.const 3
           i32.shl
           i32.add
           v128.load64_splat
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $25
           local.get $3
           i32.const 1
           i32.add
           local.set $3
           br $for-loop|21
          end
         end
         local.get $4
         local.get $34
         i32.add
         local.get $25
         local.get $42
         f64x2.mul
         local.get $25
         local.get $37
         select
         v128.store
        else
         local.get $3
         i32.const 2
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $22
          i32.const 0
          local.set $12
          loop $for-loop|22
           local.get $12
           local.get $38
           i32.lt_s
           if
            local.get $35
            local.get $12
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.get $4
            i32.add
            local.tee $3
            local.get $33
            i32.add
            local.set $39
            local.get $24
            local.get $3
            v128.load
            local.tee $23
            local.get $39
            v128.load
            local.get $23
            f64x2.sub
            local.get $36
            local.get $12
            i32.const 3
            i32.shl
            i32.add
            v128.load64_splat
            local.tee $23
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $24
            local.get $22
            local.get $3
            v128.load offset=16
            local.tee $22
            local.get $39
            v128.load offset=16
            local.get $22
            f64x2.sub
            local.get $23
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $22
            local.get $12
            i32.const 1
            i32.add
            local.set $12
            br $for-loop|22
           end
          end
          local.get $4
          local.get $34
          i32.add
          local.tee $3
          local.get $24
          local.get $42
          f64x2.mul
          local.get $24
          local.get $37
          select
          v128.store
          local.get $3
          local.get $22
          local.get $42
          f64x2.mul
          local.get $22
          local.get $37
          select
          v128.store offset=16
         else
          local.get $3
          i32.const 3
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $24
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $22
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $23
           i32.const 0
           local.set $12
           loop $for-loop|23
            local.get $12
            local.get $38
            i32.lt_s
            if
             local.get $35
             local.get $12
             i32.const 2
             i32.shl
             i32.add
             i32.load
             local.get $4
             i32.add
             local.tee $3
             local.get $33
             i32.add
             local.set $39
             local.get $24
             local.get $3
             v128.load
             local.tee $24
             local.get $39
             v128.load
             local.get $24
             f64x2.sub
             local.get $36
             local.get $12
             i32.const 3
             i32.shl
             i32.add
             v128.load64_splat
             local.tee $25
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $24
             local.get $22
             local.get $3
             v128.load offset=16
             local.tee $22
             local.get $39
             v128.load offset=16
             local.get $22
             f64x2.sub
             local.get $25
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $22
             local.get $23
             local.get $3
             v128.load offset=32
             local.tee $23
             local.get $39
             v128.load offset=32
             local.get $23
             f64x2.sub
             local.get $25
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $23
             local.get $12
             i32.const 1
             i32.add
             local.set $12
             br $for-loop|23
            end
           end
           local.get $4
           local.get $34
           i32.add
           local.tee $3
           local.get $24
           local.get $42
           f64x2.mul
           local.get $24
           local.get $37
           select
           v128.store
           local.get $3
           local.get $22
           local.get $42
           f64x2.mul
           local.get $22
           local.get $37
           select
           v128.store offset=16
           local.get $3
           local.get $23
           local.get $42
           f64x2.mul
           local.get $23
           local.get $37
           select
           v128.store offset=32
          end
         end
        end
       end
       local.get $14
       local.get $13
       i32.const 10
       i32.mul
       i32.const 14
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $3
       local.get $13
       i32.const 1
       i32.add
       local.set $13
       br $for-loop|12
      end
     end
     local.get $17
     local.get $15
     local.get $27
     i32.mul
     i32.const 3
     i32.shl
     i32.add
     local.set $4
     i32.const 1
     local.set $21
     i32.const 0
     local.set $3
     loop $for-loop|27
      local.get $3
      local.get $27
      i32.lt_u
      if
       local.get $4
       local.get $3
       i32.const 3
       i32.shl
       local.tee $12
       i32.add
       f64.load
       local.get $12
       local.get $30
       i32.add
       f64.load
       f64.sub
       local.set $5
       local.get $12
       local.get $31
       i32.add
       local.get $18
       local.get $5
       f64.mul
       f64.store
       local.get $21
       local.get $5
       f64.abs
       local.get $6
       f64.lt
       i32.and
       local.set $21
       local.get $3
       i32.const 1
       i32.add
       local.set $3
       br $for-loop|27
      end
     end
     local.get $21
     i32.eqz
     if
      local.get $29
      i32.const 1
      i32.sub
      local.set $12
      loop $for-loop|28
       local.get $12
       i32.const 0
       i32.gt_s
       if
        local.get $14
        local.get $12
        i32.const 10
        i32.mul
        local.tee $3
        i32.const 12
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $33
        local.get $14
        local.get $3
        i32.const 13
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $34
        local.get $14
        local.get $3
        i32.const 5
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $35
        local.get $14
        local.get $3
        i32.const 8
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        i32.const 3
        i32.shl
        local.set $36
        local.get $14
        local.get $3
        i32.const 15
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $37
        local.get $14
        local.get $3
        i32.const 11
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.get $14
        local.get $3
        i32.const 6
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.tee $38
        i32.const 1
        i32.add
        i32.const -2
        i32.and
        i32.const 24
        i32.mul
        i32.add
        local.set $39
        block $assembly/nk/updateLayerAt<f64>|inlined.0
         local.get $14
         local.get $3
         i32.const 7
         i32.add
         i32.const 2
         i32.shl
         i32.add
         i32.load
         i32.const 1
         i32.eq
         if
          local.get $38
          i32.const -2
          i32.and
          local.set $4
          local.get $37
          v128.load64_splat
          local.set $22
          i32.const 0
          local.set $3
          local.get $35
          if
           loop $for-loop|29
            local.get $3
            local.get $4
            i32.lt_s
            if
             local.get $3
             i32.const 3
             i32.shl
             local.set $13
             local.get $33
             local.get $3
             i32.const 2
             i32.shl
             i32.add
             local.tee $36
             i32.load
             local.tee $40
             v128.load
             local.tee $23
             local.get $36
             i32.load offset=4
             local.tee $36
             v128.load
             local.tee $24
             i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
             local.set $25
             local.get $23
             local.get $24
             i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
             local.set $23
             local.get $35
             if
              local.get $13
              local.get $35
              i32.add
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $22
              local.get $23
              local.get $25
              f64x2.sub
              f64x2.mul
              f64x2.add
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f64x2.add
              local.get $13
              local.get $39
              i32.add
              v128.load
              f64x2.mul
              v128.store
             end
             local.get $40
             local.get $25
             local.get $22
             v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
             local.get $13
             local.get $34
             i32.add
             v128.load
             local.tee $24
             f64x2.sub
             f64x2.mul
             f64x2.add
             local.tee $25
             local.get $23
             local.get $22
             local.get $24
             f64x2.mul
             f64x2.add
             local.tee $23
             i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
             v128.store
             local.get $36
             local.get $25
             local.get $23
             i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
             v128.store
             local.get $3
             i32.const 2
             i32.add
             local.set $3
             br $for-loop|29
            end
           end
          else
           loop $for-loop|30
            local.get $3
            local.get $4
            i32.lt_s
            if
             local.get $33
             local.get $3
             i32.const 2
             i32.shl
             i32.add
             local.tee $13
             i32.load
             local.tee $36
             v128.load
             local.tee $23
             local.get $13
             i32.load offset=4
             local.tee $13
             v128.load
             local.tee $24
             i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
             local.get $22
             v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
             local.get $34
             local.get $3
             i32.const 3
             i32.shl
             i32.add
             v128.load
             local.tee $25
             f64x2.sub
             f64x2.mul
             f64x2.add
             local.set $26
             local.get $36
             local.get $26
             local.get $23
             local.get $24
             i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
             local.get $22
             local.get $25
             f64x2.mul
             f64x2.add
             local.tee $23
             i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
             v128.store
             local.get $13
             local.get $26
             local.get $23
             i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
             v128.store
             local.get $3
             i32.const 2
             i32.add
             local.set $3
             br $for-loop|30
            end
           end
          end
          local.get $37
          f64.load
          local.set $5
          loop $for-loop|31
           local.get $3
           local.get $38
           i32.lt_s
           if
            local.get $3
            i32.const 3
            i32.shl
            local.set $4
            local.get $33
            local.get $3
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.tee $13
            f64.load
            local.set $7
            local.get $13
            f64.load offset=8
            local.set $11
            local.get $35
            if
             local.get $4
             local.get $35
             i32.add
             local.get $5
             local.get $11
             local.get $7
             f64.sub
             f64.mul
             f64.const 0
             f64.add
             local.get $4
             local.get $39
             i32.add
             f64.load
             f64.mul
             f64.store
            end
            local.get $13
            local.get $7
            local.get $5
            f64.const 1
            local.get $4
            local.get $34
            i32.add
            f64.load
            local.tee $7
            f64.sub
            f64.mul
            f64.add
            f64.store
            local.get $13
            local.get $11
            local.get $5
            local.get $7
            f64.mul
            f64.add
            f64.store offset=8
            local.get $3
            i32.const 1
            i32.add
            local.set $3
            br $for-loop|31
           end
          end
          br $assembly/nk/updateLayerAt<f64>|inlined.0
         end
         local.get $36
         i32.const 16
         i32.eq
         local.get $35
         i32.const 0
         i32.ne
         i32.and
         if
          local.get $37
          v128.load
          local.set $22
          i32.const 0
          local.set $3
          loop $for-loop|32
           local.get $3
           local.get $38
           i32.lt_s
           if
            local.get $33
            local.get $3
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.tee $4
            v128.load
            local.set $23
            local.get $4
            v128.load offset=16
            local.set $24
            local.get $4
            local.get $23
            local.get $22
            v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
            local.get $3
            i32.const 3
            i32.shl
            local.tee $13
            local.get $34
            i32.add
            v128.load64_splat
            local.tee $25
            f64x2.sub
            f64x2.mul
            f64x2.add
            v128.store
            local.get $4
            local.get $24
            local.get $22
            local.get $25
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $13
            local.get $35
            i32.add
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.get $22
            local.get $24
            local.get $23
            f64x2.sub
            f64x2.mul
            f64x2.add
            local.tee $23
            f64x2.extract_lane 0
            local.get $23
            f64x2.extract_lane 1
            f64.add
            local.get $13
            local.get $39
            i32.add
            f64.load
            f64.mul
            f64.store
            local.get $3
            i32.const 1
            i32.add
            local.set $3
            br $for-loop|32
           end
          end
          br $assembly/nk/updateLayerAt<f64>|inlined.0
         end
         i32.const 0
         local.set $13
         loop $for-loop|33
          local.get $13
          local.get $38
          i32.lt_s
          if
           v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
           local.get $34
           local.get $13
           i32.const 3
           i32.shl
           i32.add
           v128.load64_splat
           local.tee $22
           f64x2.sub
           local.set $24
           local.get $33
           local.get $13
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.set $40
           local.get $35
           if
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $23
            i32.const 0
            local.set $4
            loop $for-loop|34
             local.get $4
             local.get $36
             i32.lt_u
             if
              local.get $23
              local.get $4
              local.get $37
              i32.add
              v128.load
              local.tee $25
              local.get $4
              local.get $40
              i32.add
              local.tee $3
              local.get $36
              i32.add
              local.tee $41
              v128.load
              local.tee $26
              local.get $3
              v128.load
              local.tee $42
              f64x2.sub
              f64x2.mul
              f64x2.add
              local.set $23
              local.get $3
              local.get $42
              local.get $25
              local.get $24
              f64x2.mul
              f64x2.add
              v128.store
              local.get $41
              local.get $26
              local.get $25
              local.get $22
              f64x2.mul
              f64x2.add
              v128.store
              local.get $4
              i32.const 16
              i32.add
              local.set $4
              br $for-loop|34
             end
            end
            local.get $13
            i32.const 3
            i32.shl
            local.tee $3
            local.get $35
            i32.add
            local.get $23
            f64x2.extract_lane 0
            local.get $23
            f64x2.extract_lane 1
            f64.add
            local.get $3
            local.get $39
            i32.add
            f64.load
            f64.mul
            f64.store
           else
            i32.const 0
            local.set $4
            loop $for-loop|35
             local.get $4
             i32.const -64
             i32.sub
             local.tee $3
             local.get $36
             i32.le_u
             if
              local.get $4
              local.get $40
              i32.add
              local.tee $41
              local.get $41
              v128.load
              local.get $4
              local.get $37
              i32.add
              local.tee $4
              v128.load
              local.tee $23
              local.get $24
              f64x2.mul
              f64x2.add
              v128.store
              local.get $36
              local.get $41
              i32.add
              local.tee $44
              local.get $44
              v128.load
              local.get $23
              local.get $22
              f64x2.mul
              f64x2.add
              v128.store
              local.get $41
              i32.const 16
              i32.add
              local.tee $44
              local.get $44
              v128.load
              local.get $4
              v128.load offset=16
              local.tee $23
              local.get $24
              f64x2.mul
              f64x2.add
              v128.store
              local.get $36
              local.get $44
              i32.add
              local.tee $44
              local.get $44
              v128.load
              local.get $23
              local.get $22
              f64x2.mul
              f64x2.add
              v128.store
              local.get $41
              i32.const 32
              i32.add
              local.tee $44
              local.get $44
              v128.load
              local.get $4
              v128.load offset=32
              local.tee $23
              local.get $24
              f64x2.mul
              f64x2.add
              v128.store
              local.get $36
              local.get $44
              i32.add
              local.tee $44
              local.get $44
              v128.load
              local.get $23
              local.get $22
              f64x2.mul
              f64x2.add
              v128.store
              local.get $41
              i32.const 48
              i32.add
              local.tee $41
              local.get $41
              v128.load
              local.get $4
              v128.load offset=48
              local.tee $23
              local.get $24
              f64x2.mul
              f64x2.add
              v128.store
              local.get $36
              local.get $41
              i32.add
              local.tee $4
              local.get $4
              v128.load
              local.get $23
              local.get $22
              f64x2.mul
              f64x2.add
              v128.store
              local.get $3
              local.set $4
              br $for-loop|35
             end
            end
            loop $for-loop|36
             local.get $4
             local.get $36
             i32.lt_u
             if
              local.get $4
              local.get $40
              i32.add
              local.tee $3
              local.get $3
              v128.load
              local.get $4
              local.get $37
              i32.add
              v128.load
              local.tee $23
              local.get $24
              f64x2.mul
              f64x2.add
              v128.store
              local.get $3
              local.get $36
              i32.add
              local.tee $3
              local.get $3
              v128.load
              local.get $23
              local.get $22
              f64x2.mul
              f64x2.add
              v128.store
              local.get $4
              i32.const 16
              i32.add
              local.set $4
              br $for-loop|36
             end
            end
           end
           local.get $13
           i32.const 1
           i32.add
           local.set $13
           br $for-loop|33
          end
         end
        end
        local.get $12
        i32.const 1
        i32.sub
        local.set $12
        br $for-loop|28
       end
      end
     end
     local.get $15
     i32.const 1
     i32.add
     local.tee $3
     local.get $20
     i32.lt_s
     if
      local.get $14
      i32.load offset=44
      local.set $33
      local.get $14
      i32.load offset=40
      local.set $34
      local.get $16
      local.get $3
      local.get $32
      i32.mul
      i32.add
      local.set $35
      local.get $2
      i32.const 0
      local.get $28
      select
      local.set $36
      local.get $14
      i32.load offset=24
      local.tee $37
      i32.const 1
      i32.add
      i32.const -2
      i32.and
      i32.const 3
      i32.shl
      local.set $38
      local.get $14
      i32.load offset=36
      local.tee $39
      local.get $14
      i32.load offset=32
      i32.const 3
      i32.shl
      local.tee $40
      i32.mul
      local.set $41
      local.get $37
      i32.const -2
      i32.and
      local.set $3
      local.get $39
      i32.const 1
      i32.sub
      f64.convert_i32_s
      f64x2.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $22
      local.get $39
      i32.const 2
      i32.sub
      f64.convert_i32_s
      f64x2.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $24
      local.get $40
      f64.convert_i32_u
      f64x2.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $25
      local.get $41
      f64.convert_i32_u
      f64.const 2
      f64.mul
      f64x2.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $42
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $23
      local.get $34
      f64.convert_i32_u
      f64.const 4503599627370496
      f64.add
      f64x2.splat
      local.get $34
      local.get $41
      i32.add
      f64.convert_i32_u
      f64.const 4503599627370496
      f64.add
      f64x2.replace_lane 1
      local.set $26
      i32.const 0
      local.set $12
      loop $for-loop|38
       local.get $3
       local.get $12
       i32.gt_s
       if
        local.get $12
        i32.const 3
        i32.shl
        local.tee $4
        local.get $33
        i32.add
        local.set $13
        local.get $23
        local.get $4
        local.get $35
        i32.add
        v128.load
        local.tee $43
        local.get $13
        v128.load
        local.tee $45
        f64x2.le
        local.get $43
        local.get $13
        local.get $38
        i32.add
        v128.load
        f64x2.ge
        v128.or
        v128.or
        local.set $23
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $43
        local.get $45
        f64x2.sub
        local.get $13
        local.get $38
        i32.const 3
        i32.mul
        i32.add
        v128.load
        f64x2.mul
        f64x2.pmax
        local.get $22
        f64x2.pmin
        local.tee $43
        f64x2.floor
        local.get $24
        f64x2.pmin
        local.set $45
        local.get $1
        local.get $4
        i32.add
        local.get $43
        local.get $45
        f64x2.sub
        local.tee $43
        v128.store
        local.get $45
        local.get $25
        f64x2.mul
        local.get $26
        f64x2.add
        local.set $45
        local.get $26
        local.get $42
        f64x2.add
        local.set $26
        local.get $0
        local.get $12
        i32.const 2
        i32.shl
        i32.add
        local.get $45
        local.get $45
        i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
        v128.store64_lane 0
        local.get $36
        if
         local.get $36
         local.get $12
         i32.const 48
         i32.mul
         i32.add
         local.tee $4
         local.get $45
         v128.store32_lane 0
         local.get $4
         local.get $43
         local.get $43
         i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
         v128.store offset=16
         local.get $4
         v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
         local.get $43
         f64x2.sub
         local.tee $46
         local.get $46
         i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
         v128.store offset=32
         local.get $4
         i32.const 48
         i32.add
         local.get $45
         v128.store32_lane 2
         local.get $4
         local.get $43
         local.get $43
         i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
         v128.store offset=64
         local.get $4
         local.get $46
         local.get $46
         i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
         v128.store offset=80
        end
        local.get $12
        i32.const 2
        i32.add
        local.set $12
        br $for-loop|38
       end
      end
      local.get $23
      v128.any_true
      if
       i32.const 0
       local.set $13
       loop $for-loop|39
        local.get $3
        local.get $13
        i32.gt_s
        if
         local.get $13
         i32.const 3
         i32.shl
         local.tee $4
         local.get $33
         i32.add
         local.tee $12
         local.get $38
         i32.add
         f64.load
         local.set $7
         block $assembly/pl/adaptRange<f64>|inlined.4
          local.get $12
          f64.load
          local.tee $5
          local.get $4
          local.get $35
          i32.add
          f64.load
          local.tee $11
          f64.ge
          if
           local.get $11
           local.set $5
          else
           local.get $7
           local.get $11
           f64.le
           i32.eqz
           br_if $assembly/pl/adaptRange<f64>|inlined.4
           local.get $11
           local.set $7
          end
          local.get $12
          local.get $5
          local.get $7
          local.get $5
          f64.sub
          f64.const 0.01
          f64.mul
          local.tee $5
          f64.sub
          local.tee $11
          f64.store
          local.get $12
          local.get $38
          i32.add
          local.get $7
          local.get $5
          f64.add
          local.tee $5
          f64.store
          local.get $12
          local.get $38
          i32.const 1
          i32.shl
          i32.add
          local.get $5
          local.get $11
          f64.sub
          local.get $39
          i32.const 1
          i32.sub
          f64.convert_i32_s
          f64.div
          local.tee $5
          f64.store
          local.get $12
          local.get $38
          i32.const 3
          i32.mul
          i32.add
          f64.const 1
          local.get $5
          f64.div
          f64.store
         end
         local.get $13
         i32.const 1
         i32.add
         local.set $13
         br $for-loop|39
        end
       end
       local.get $39
       i32.const 1
       i32.sub
       f64.convert_i32_s
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $22
       local.get $39
       i32.const 2
       i32.sub
       f64.convert_i32_s
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $24
       local.get $40
       f64.convert_i32_u
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $25
       local.get $39
       local.get $40
       i32.mul
       local.tee $4
       f64.convert_i32_u
       f64.const 2
       f64.mul
       f64x2.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $26
       local.get $34
       f64.convert_i32_u
       f64.const 4503599627370496
       f64.add
       f64x2.splat
       local.get $4
       local.get $34
       i32.add
       f64.convert_i32_u
       f64.const 4503599627370496
       f64.add
       f64x2.replace_lane 1
       local.set $23
       i32.const 0
       local.set $12
       loop $for-loop|40
        local.get $3
        local.get $12
        i32.gt_s
        if
         local.get $12
         i32.const 3
         i32.shl
         local.tee $4
         local.get $33
         i32.add
         local.set $13
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $4
         local.get $35
         i32.add
         v128.load
         local.get $13
         v128.load
         f64x2.sub
         local.get $13
         local.get $38
         i32.const 3
         i32.mul
         i32.add
         v128.load
         f64x2.mul
         f64x2.pmax
         local.get $22
         f64x2.pmin
         local.tee $42
         f64x2.floor
         local.get $24
         f64x2.pmin
         local.set $43
         local.get $1
         local.get $4
         i32.add
         local.get $42
         local.get $43
         f64x2.sub
         local.tee $42
         v128.store
         local.get $43
         local.get $25
         f64x2.mul
         local.get $23
         f64x2.add
         local.set $43
         local.get $23
         local.get $26
         f64x2.add
         local.set $23
         local.get $0
         local.get $12
         i32.const 2
         i32.shl
         i32.add
         local.get $43
         local.get $43
         i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
         v128.store64_lane 0
         local.get $36
         if
          local.get $36
          local.get $12
          i32.const 48
          i32.mul
          i32.add
          local.tee $4
          local.get $43
          v128.store32_lane 0
          local.get $4
          local.get $42
          local.get $42
          i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
          v128.store offset=16
          local.get $4
          v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
          local.get $42
          f64x2.sub
          local.tee $45
          local.get $45
          i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
          v128.store offset=32
          local.get $4
          i32.const 48
          i32.add
          local.get $43
          v128.store32_lane 2
          local.get $4
          local.get $42
          local.get $42
          i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
          v128.store offset=64
          local.get $4
          local.get $45
          local.get $45
          i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
          v128.store offset=80
         end
         local.get $12
         i32.const 2
         i32.add
         local.set $12
         br $for-loop|40
        end
       end
      end
      loop $for-loop|41
       local.get $3
       local.get $37
       i32.lt_s
       if
        local.get $3
        i32.const 3
        i32.shl
        local.tee $12
        local.get $35
        i32.add
        f64.load
        local.set $11
        local.get $12
        local.get $33
        i32.add
        local.tee $4
        f64.load
        local.set $7
        local.get $4
        local.get $38
        i32.add
        f64.load
        local.set $5
        block $assembly/pl/adaptRange<f64>|inlined.5
         local.get $7
         local.get $11
         f64.ge
         if
          local.get $11
          local.set $7
         else
          local.get $5
          local.get $11
          f64.le
          i32.eqz
          br_if $assembly/pl/adaptRange<f64>|inlined.5
          local.get $11
          local.set $5
         end
         local.get $4
         local.get $7
         local.get $5
         local.get $7
         f64.sub
         f64.const 0.01
         f64.mul
         local.tee $7
         f64.sub
         local.tee $48
         f64.store
         local.get $4
         local.get $38
         i32.add
         local.get $5
         local.get $7
         f64.add
         local.tee $5
         f64.store
         local.get $4
         local.get $38
         i32.const 1
         i32.shl
         i32.add
         local.get $5
         local.get $48
         f64.sub
         local.get $39
         i32.const 1
         i32.sub
         f64.convert_i32_s
         f64.div
         local.tee $5
         f64.store
         local.get $4
         local.get $38
         i32.const 3
         i32.mul
         i32.add
         f64.const 1
         local.get $5
         f64.div
         f64.store
        end
        local.get $11
        local.get $12
        local.get $33
        i32.add
        local.tee $4
        f64.load
        f64.sub
        local.get $4
        local.get $38
        i32.const 3
        i32.mul
        i32.add
        f64.load
        f64.mul
        local.tee $7
        f64.const 0
        f64.lt
        if
         f64.const 0
         local.set $7
        end
        local.get $7
        local.get $39
        i32.const 1
        i32.sub
        f64.convert_i32_s
        local.tee $5
        f64.gt
        i32.eqz
        if
         local.get $7
         local.set $5
        end
        local.get $5
        i32.trunc_sat_f64_s
        local.tee $13
        local.get $39
        i32.const 2
        i32.sub
        local.tee $4
        i32.le_s
        if
         local.get $13
         local.set $4
        end
        local.get $0
        local.get $3
        i32.const 2
        i32.shl
        i32.add
        local.get $34
        local.get $3
        local.get $41
        i32.mul
        i32.add
        local.get $4
        local.get $40
        i32.mul
        i32.add
        local.tee $13
        i32.store
        local.get $1
        local.get $12
        i32.add
        local.get $5
        local.get $4
        f64.convert_i32_s
        f64.sub
        local.tee $5
        f64.store
        local.get $36
        local.get $3
        i32.const 48
        i32.mul
        i32.add
        i32.const 0
        local.get $36
        select
        local.tee $4
        if
         local.get $4
         local.get $13
         i32.store
         local.get $4
         local.get $5
         f64x2.splat
         v128.store offset=16
         local.get $4
         f64.const 1
         local.get $5
         f64.sub
         f64x2.splat
         v128.store offset=32
        end
        local.get $3
        i32.const 1
        i32.add
        local.set $3
        br $for-loop|41
       end
      end
      local.get $21
      if
       block $assembly/forward/accumulateLayer<f64>|inlined.2
        local.get $14
        i32.load offset=32
        i32.const 3
        i32.shl
        local.set $12
        local.get $14
        i32.load offset=56
        local.set $21
        local.get $14
        i32.load offset=4
        i32.const 0
        i32.ne
        local.set $33
        f64.const 1
        local.get $14
        i32.load offset=24
        local.tee $34
        f64.convert_i32_s
        f64.div
        f64x2.splat
        local.set $42
        i32.const 0
        local.set $4
        loop $for-loop|42
         local.get $4
         i32.const -64
         i32.sub
         local.get $12
         i32.le_u
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $25
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $22
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $23
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $26
          i32.const 0
          local.set $13
          loop $for-loop|43
           local.get $13
           local.get $34
           i32.lt_s
           if
            local.get $0
            local.get $13
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.get $4
            i32.add
            local.tee $3
            local.get $12
            i32.add
            local.set $35
            local.get $25
            local.get $3
            v128.load
            local.tee $24
            local.get $35
            v128.load
            local.get $24
            f64x2.sub
            local.get $1
            local.get $13
            i32.const 3
            i32.shl
            i32.add
            v128.load64_splat
            local.tee $24
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $25
            local.get $22
            local.get $3
            v128.load offset=16
            local.tee $22
            local.get $35
            v128.load offset=16
            local.get $22
            f64x2.sub
            local.get $24
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $22
            local.get $23
            local.get $3
            v128.load offset=32
            local.tee $23
            local.get $35
            v128.load offset=32
            local.get $23
            f64x2.sub
            local.get $24
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $23
            local.get $26
            local.get $3
            v128.load offset=48
            local.tee $26
            local.get $35
            v128.load offset=48
            local.get $26
            f64x2.sub
            local.get $24
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $26
            local.get $13
            i32.const 1
            i32.add
            local.set $13
            br $for-loop|43
           end
          end
          local.get $4
          local.get $21
          i32.add
          local.tee $3
          local.get $25
          local.get $42
          f64x2.mul
          local.get $25
          local.get $33
          select
          v128.store
          local.get $3
          local.get $22
          local.get $42
          f64x2.mul
          local.get $22
          local.get $33
          select
          v128.store offset=16
          local.get $3
          local.get $23
          local.get $42
          f64x2.mul
          local.get $23
          local.get $33
          select
          v128.store offset=32
          local.get $3
          local.get $26
          local.get $42
          f64x2.mul
          local.get $26
          local.get $33
          select
          v128.store offset=48
          local.get $4
          i32.const -64
          i32.sub
          local.set $4
          br $for-loop|42
         end
        end
        local.get $14
        i32.load offset=28
        i32.const 1
        i32.eq
        if
         local.get $34
         i32.const -2
         i32.and
         local.set $3
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $24
         i32.const 0
         local.set $4
         loop $for-loop|44
          local.get $3
          local.get $4
          i32.gt_s
          if
           local.get $24
           local.get $0
           local.get $4
           i32.const 2
           i32.shl
           i32.add
           local.tee $12
           i32.load
           v128.load
           local.tee $22
           local.get $12
           i32.load offset=4
           v128.load
           local.tee $23
           i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
           local.tee $24
           local.get $22
           local.get $23
           i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
           local.get $24
           f64x2.sub
           local.get $1
           local.get $4
           i32.const 3
           i32.shl
           i32.add
           v128.load
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $24
           local.get $4
           i32.const 2
           i32.add
           local.set $4
           br $for-loop|44
          end
         end
         local.get $24
         f64x2.extract_lane 0
         local.set $5
         local.get $4
         local.get $34
         i32.lt_s
         if (result f64)
          local.get $5
          local.get $0
          local.get $4
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.tee $3
          f64.load
          local.tee $5
          local.get $3
          f64.load offset=8
          local.get $5
          f64.sub
          local.get $1
          local.get $4
          i32.const 3
          i32.shl
          i32.add
          f64.load
          f64.mul
          f64.add
          f64.add
         else
          local.get $5
         end
         local.get $24
         f64x2.extract_lane 1
         f64.add
         local.set $5
         local.get $21
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $33
         if (result f64)
          local.get $5
          f64.const 1
          local.get $34
          f64.convert_i32_s
          f64.div
          f64.mul
         else
          local.get $5
         end
         f64x2.replace_lane 0
         v128.store
         br $assembly/forward/accumulateLayer<f64>|inlined.2
        end
        local.get $12
        local.get $4
        i32.sub
        i32.const 4
        i32.shr_u
        local.tee $3
        i32.const 1
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $25
         i32.const 0
         local.set $3
         loop $for-loop|45
          local.get $3
          local.get $34
          i32.lt_s
          if
           local.get $25
           local.get $0
           local.get $3
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.get $4
           i32.add
           local.tee $13
           v128.load
           local.tee $22
           local.get $12
           local.get $13
           i32.add
           v128.load
           local.get $22
           f64x2.sub
           local.get $1
           local.get $3
           i32.const 3
           i32.shl
           i32.add
           v128.load64_splat
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $25
           local.get $3
           i32.const 1
           i32.add
           local.set $3
           br $for-loop|45
          end
         end
         local.get $4
         local.get $21
         i32.add
         local.get $25
         local.get $42
         f64x2.mul
         local.get $25
         local.get $33
         select
         v128.store
        else
         local.get $3
         i32.const 2
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $22
          i32.const 0
          local.set $13
          loop $for-loop|46
           local.get $13
           local.get $34
           i32.lt_s
           if
            local.get $0
            local.get $13
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.get $4
            i32.add
            local.tee $3
            local.get $12
            i32.add
            local.set $35
            local.get $24
            local.get $3
            v128.load
            local.tee $23
            local.get $35
            v128.load
            local.get $23
            f64x2.sub
            local.get $1
            local.get $13
            i32.const 3
            i32.shl
            i32.add
            v128.load64_splat
            local.tee $23
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $24
            local.get $22
            local.get $3
            v128.load offset=16
            local.tee $22
            local.get $35
            v128.load offset=16
            local.get $22
            f64x2.sub
            local.get $23
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $22
            local.get $13
            i32.const 1
            i32.add
            local.set $13
            br $for-loop|46
           end
          end
          local.get $4
          local.get $21
          i32.add
          local.tee $3
          local.get $24
          local.get $42
          f64x2.mul
          local.get $24
          local.get $33
          select
          v128.store
          local.get $3
          local.get $22
          local.get $42
          f64x2.mul
          local.get $22
          local.get $33
          select
          v128.store offset=16
         else
          local.get $3
          i32.const 3
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $24
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $22
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $23
           i32.const 0
           local.set $13
           loop $for-loop|47
            local.get $13
            local.get $34
            i32.lt_s
            if
             local.get $0
             local.get $13
             i32.const 2
             i32.shl
             i32.add
             i32.load
             local.get $4
             i32.add
             local.tee $3
             local.get $12
             i32.add
             local.set $35
             local.get $24
             local.get $3
             v128.load
             local.tee $24
             local.get $35
             v128.load
             local.get $24
             f64x2.sub
             local.get $1
             local.get $13
             i32.const 3
             i32.shl
             i32.add
             v128.load64_splat
             local.tee $25
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $24
             local.get $22
             local.get $3
             v128.load offset=16
             local.tee $22
             local.get $35
             v128.load offset=16
             local.get $22
             f64x2.sub
             local.get $25
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $22
             local.get $23
             local.get $3
             v128.load offset=32
             local.tee $23
             local.get $35
             v128.load offset=32
             local.get $23
             f64x2.sub
             local.get $25
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $23
             local.get $13
             i32.const 1
             i32.add
             local.set $13
             br $for-loop|47
            end
           end
           local.get $4
           local.get $21
           i32.add
           local.tee $3
           local.get $24
           local.get $42
           f64x2.mul
           local.get $24
           local.get $33
           select
           v128.store
           local.get $3
           local.get $22
           local.get $42
           f64x2.mul
           local.get $22
           local.get $33
           select
           v128.store offset=16
           local.get $3
           local.get $23
           local.get $42
           f64x2.mul
           local.get $23
           local.get $33
           select
           v128.store offset=32
          end
         end
        end
       end
      else
       local.get $28
       if
        local.get $14
        i32.load offset=32
        i32.const 3
        i32.shl
        local.set $33
        local.get $14
        i32.load offset=60
        local.set $3
        local.get $14
        i32.load offset=56
        local.set $34
        local.get $14
        i32.load offset=4
        i32.const 0
        i32.ne
        local.set $35
        f64.const 1
        local.get $14
        i32.load offset=24
        local.tee $36
        f64.convert_i32_s
        f64.div
        f64x2.splat
        local.set $42
        i32.const 0
        local.set $4
        loop $for-loop|48
         local.get $4
         i32.const -64
         i32.sub
         local.get $33
         i32.le_u
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $23
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $22
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $26
          local.get $3
          local.get $4
          i32.add
          local.tee $12
          v128.load
          local.set $25
          local.get $12
          v128.load offset=16
          local.set $43
          local.get $12
          v128.load offset=32
          local.set $45
          local.get $12
          v128.load offset=48
          local.set $46
          local.get $8
          v128.load offset=16
          local.set $47
          local.get $8
          i32.load
          local.get $4
          i32.add
          local.tee $12
          local.get $33
          i32.add
          local.set $13
          local.get $12
          local.get $12
          v128.load
          local.get $25
          local.get $8
          v128.load offset=32
          local.tee $50
          f64x2.mul
          f64x2.add
          v128.store
          local.get $13
          local.get $13
          v128.load
          local.get $25
          local.get $47
          f64x2.mul
          f64x2.add
          v128.store
          local.get $12
          local.get $12
          v128.load offset=16
          local.get $43
          local.get $50
          f64x2.mul
          f64x2.add
          v128.store offset=16
          local.get $13
          local.get $13
          v128.load offset=16
          local.get $43
          local.get $47
          f64x2.mul
          f64x2.add
          v128.store offset=16
          local.get $12
          local.get $12
          v128.load offset=32
          local.get $45
          local.get $50
          f64x2.mul
          f64x2.add
          v128.store offset=32
          local.get $13
          local.get $13
          v128.load offset=32
          local.get $45
          local.get $47
          f64x2.mul
          f64x2.add
          v128.store offset=32
          local.get $12
          local.get $12
          v128.load offset=48
          local.get $46
          local.get $50
          f64x2.mul
          f64x2.add
          v128.store offset=48
          local.get $13
          local.get $13
          v128.load offset=48
          local.get $46
          local.get $47
          f64x2.mul
          f64x2.add
          v128.store offset=48
          local.get $36
          i32.const 1
          i32.gt_s
          if
           local.get $8
           v128.load offset=64
           local.set $47
           local.get $8
           i32.load offset=48
           local.get $4
           i32.add
           local.tee $12
           local.get $33
           i32.add
           local.set $13
           local.get $12
           local.get $12
           v128.load
           local.get $25
           local.get $8
           v128.load offset=80
           local.tee $50
           f64x2.mul
           f64x2.add
           v128.store
           local.get $13
           local.get $13
           v128.load
           local.get $25
           local.get $47
           f64x2.mul
           f64x2.add
           v128.store
           local.get $12
           local.get $12
           v128.load offset=16
           local.get $43
           local.get $50
           f64x2.mul
           f64x2.add
           v128.store offset=16
           local.get $13
           local.get $13
           v128.load offset=16
           local.get $43
           local.get $47
           f64x2.mul
           f64x2.add
           v128.store offset=16
           local.get $12
           local.get $12
           v128.load offset=32
           local.get $45
           local.get $50
           f64x2.mul
           f64x2.add
           v128.store offset=32
           local.get $13
           local.get $13
           v128.load offset=32
           local.get $45
           local.get $47
           f64x2.mul
           f64x2.add
           v128.store offset=32
           local.get $12
           local.get $12
           v128.load offset=48
           local.get $46
           local.get $50
           f64x2.mul
           f64x2.add
           v128.store offset=48
           local.get $13
           local.get $13
           v128.load offset=48
           local.get $46
           local.get $47
           f64x2.mul
           f64x2.add
           v128.store offset=48
          end
          local.get $8
          local.get $36
          i32.const 48
          i32.mul
          i32.add
          local.set $21
          local.get $2
          local.set $13
          local.get $8
          i32.const 96
          i32.add
          local.set $12
          loop $for-loop|49
           local.get $12
           local.get $21
           i32.lt_u
           if
            local.get $12
            v128.load offset=16
            local.set $47
            local.get $12
            i32.load
            local.get $4
            i32.add
            local.tee $37
            local.get $33
            i32.add
            local.set $38
            local.get $37
            local.get $37
            v128.load
            local.get $25
            local.get $12
            v128.load offset=32
            local.tee $50
            f64x2.mul
            f64x2.add
            v128.store
            local.get $38
            local.get $38
            v128.load
            local.get $25
            local.get $47
            f64x2.mul
            f64x2.add
            v128.store
            local.get $37
            local.get $37
            v128.load offset=16
            local.get $43
            local.get $50
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $38
            local.get $38
            v128.load offset=16
            local.get $43
            local.get $47
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $37
            local.get $37
            v128.load offset=32
            local.get $45
            local.get $50
            f64x2.mul
            f64x2.add
            v128.store offset=32
            local.get $38
            local.get $38
            v128.load offset=32
            local.get $45
            local.get $47
            f64x2.mul
            f64x2.add
            v128.store offset=32
            local.get $37
            local.get $37
            v128.load offset=48
            local.get $46
            local.get $50
            f64x2.mul
            f64x2.add
            v128.store offset=48
            local.get $38
            local.get $38
            v128.load offset=48
            local.get $46
            local.get $47
            f64x2.mul
            f64x2.add
            v128.store offset=48
            local.get $13
            i32.load
            local.get $4
            i32.add
            local.tee $37
            local.get $33
            i32.add
            local.set $38
            local.get $24
            local.get $37
            v128.load
            local.tee $24
            local.get $38
            v128.load
            local.get $24
            f64x2.sub
            local.get $13
            v128.load offset=16
            local.tee $47
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $24
            local.get $23
            local.get $37
            v128.load offset=16
            local.tee $23
            local.get $38
            v128.load offset=16
            local.get $23
            f64x2.sub
            local.get $47
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $23
            local.get $22
            local.get $37
            v128.load offset=32
            local.tee $22
            local.get $38
            v128.load offset=32
            local.get $22
            f64x2.sub
            local.get $47
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $22
            local.get $26
            local.get $37
            v128.load offset=48
            local.tee $26
            local.get $38
            v128.load offset=48
            local.get $26
            f64x2.sub
            local.get $47
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $26
            local.get $12
            i32.const 48
            i32.add
            local.set $12
            local.get $13
            i32.const 48
            i32.add
            local.set $13
            br $for-loop|49
           end
          end
          local.get $2
          local.get $36
          i32.const 48
          i32.mul
          i32.add
          local.set $12
          loop $for-loop|50
           local.get $12
           local.get $13
           i32.gt_u
           if
            local.get $24
            local.get $13
            i32.load
            local.get $4
            i32.add
            local.tee $21
            v128.load
            local.tee $24
            local.get $21
            local.get $33
            i32.add
            v128.load
            local.get $24
            f64x2.sub
            local.get $13
            v128.load offset=16
            local.tee $25
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $24
            local.get $23
            local.get $21
            i32.const 16
            i32.add
            local.tee $37
            v128.load
            local.tee $23
            local.get $33
            local.get $37
            i32.add
            v128.load
            local.get $23
            f64x2.sub
            local.get $25
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $23
            local.get $22
            local.get $21
            i32.const 32
            i32.add
            local.tee $37
            v128.load
            local.tee $22
            local.get $33
            local.get $37
            i32.add
            v128.load
            local.get $22
            f64x2.sub
            local.get $25
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $22
            local.get $26
            local.get $21
            i32.const 48
            i32.add
            local.tee $21
            v128.load
            local.tee $26
            local.get $21
            local.get $33
            i32.add
            v128.load
            local.get $26
            f64x2.sub
            local.get $25
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $26
            local.get $13
            i32.const 48
            i32.add
            local.set $13
            br $for-loop|50
           end
          end
          local.get $4
          local.get $34
          i32.add
          local.tee $12
          local.get $24
          local.get $42
          f64x2.mul
          local.get $24
          local.get $35
          select
          v128.store
          local.get $12
          local.get $23
          local.get $42
          f64x2.mul
          local.get $23
          local.get $35
          select
          v128.store offset=16
          local.get $12
          local.get $22
          local.get $42
          f64x2.mul
          local.get $22
          local.get $35
          select
          v128.store offset=32
          local.get $12
          local.get $26
          local.get $42
          f64x2.mul
          local.get $26
          local.get $35
          select
          v128.store offset=48
          local.get $4
          i32.const -64
          i32.sub
          local.set $4
          br $for-loop|48
         end
        end
        local.get $33
        local.get $4
        i32.sub
        i32.const 4
        i32.shr_u
        local.tee $12
        i32.const 1
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $24
         local.get $8
         v128.load offset=16
         local.set $22
         local.get $8
         i32.load
         local.get $4
         i32.add
         local.tee $12
         local.get $33
         i32.add
         local.set $13
         local.get $12
         local.get $12
         v128.load
         local.get $3
         local.get $4
         i32.add
         v128.load
         local.tee $23
         local.get $8
         v128.load offset=32
         f64x2.mul
         f64x2.add
         v128.store
         local.get $13
         local.get $13
         v128.load
         local.get $23
         local.get $22
         f64x2.mul
         f64x2.add
         v128.store
         local.get $36
         i32.const 1
         i32.gt_s
         if
          local.get $8
          v128.load offset=64
          local.set $22
          local.get $8
          i32.load offset=48
          local.get $4
          i32.add
          local.tee $3
          local.get $33
          i32.add
          local.set $12
          local.get $3
          local.get $3
          v128.load
          local.get $23
          local.get $8
          v128.load offset=80
          f64x2.mul
          f64x2.add
          v128.store
          local.get $12
          local.get $12
          v128.load
          local.get $23
          local.get $22
          f64x2.mul
          f64x2.add
          v128.store
         end
         local.get $8
         local.get $36
         i32.const 48
         i32.mul
         i32.add
         local.set $12
         local.get $4
         local.set $3
         local.get $2
         local.set $4
         local.get $8
         i32.const 96
         i32.add
         local.set $21
         loop $for-loop|51
          local.get $12
          local.get $21
          i32.gt_u
          if
           local.get $21
           v128.load offset=16
           local.set $22
           local.get $21
           i32.load
           local.get $3
           i32.add
           local.tee $13
           local.get $33
           i32.add
           local.set $37
           local.get $13
           local.get $13
           v128.load
           local.get $23
           local.get $21
           v128.load offset=32
           f64x2.mul
           f64x2.add
           v128.store
           local.get $37
           local.get $37
           v128.load
           local.get $23
           local.get $22
           f64x2.mul
           f64x2.add
           v128.store
           local.get $24
           local.get $4
           i32.load
           local.get $3
           i32.add
           local.tee $13
           v128.load
           local.tee $22
           local.get $13
           local.get $33
           i32.add
           v128.load
           local.get $22
           f64x2.sub
           local.get $4
           v128.load offset=16
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $24
           local.get $21
           i32.const 48
           i32.add
           local.set $21
           local.get $4
           i32.const 48
           i32.add
           local.set $4
           br $for-loop|51
          end
         end
         local.get $2
         local.get $36
         i32.const 48
         i32.mul
         i32.add
         local.set $12
         loop $for-loop|52
          local.get $4
          local.get $12
          i32.lt_u
          if
           local.get $24
           local.get $4
           i32.load
           local.get $3
           i32.add
           local.tee $13
           v128.load
           local.tee $22
           local.get $13
           local.get $33
           i32.add
           v128.load
           local.get $22
           f64x2.sub
           local.get $4
           v128.load offset=16
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $24
           local.get $4
           i32.const 48
           i32.add
           local.set $4
           br $for-loop|52
          end
         end
         local.get $3
         local.get $34
         i32.add
         local.get $24
         local.get $42
         f64x2.mul
         local.get $24
         local.get $35
         select
         v128.store
        else
         local.get $12
         i32.const 2
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $25
          local.get $3
          local.get $4
          i32.add
          local.tee $3
          v128.load
          local.set $22
          local.get $3
          v128.load offset=16
          local.set $23
          local.get $8
          v128.load offset=16
          local.set $26
          local.get $8
          i32.load
          local.get $4
          i32.add
          local.tee $3
          local.get $33
          i32.add
          local.set $12
          local.get $3
          local.get $3
          v128.load
          local.get $22
          local.get $8
          v128.load offset=32
          local.tee $43
          f64x2.mul
          f64x2.add
          v128.store
          local.get $12
          local.get $12
          v128.load
          local.get $22
          local.get $26
          f64x2.mul
          f64x2.add
          v128.store
          local.get $3
          local.get $3
          v128.load offset=16
          local.get $23
          local.get $43
          f64x2.mul
          f64x2.add
          v128.store offset=16
          local.get $12
          local.get $12
          v128.load offset=16
          local.get $23
          local.get $26
          f64x2.mul
          f64x2.add
          v128.store offset=16
          local.get $36
          i32.const 1
          i32.gt_s
          if
           local.get $8
           v128.load offset=64
           local.set $26
           local.get $8
           i32.load offset=48
           local.get $4
           i32.add
           local.tee $3
           local.get $33
           i32.add
           local.set $12
           local.get $3
           local.get $3
           v128.load
           local.get $22
           local.get $8
           v128.load offset=80
           local.tee $43
           f64x2.mul
           f64x2.add
           v128.store
           local.get $12
           local.get $12
           v128.load
           local.get $22
           local.get $26
           f64x2.mul
           f64x2.add
           v128.store
           local.get $3
           local.get $3
           v128.load offset=16
           local.get $23
           local.get $43
           f64x2.mul
           f64x2.add
           v128.store offset=16
           local.get $12
           local.get $12
           v128.load offset=16
           local.get $23
           local.get $26
           f64x2.mul
           f64x2.add
           v128.store offset=16
          end
          local.get $8
          local.get $36
          i32.const 48
          i32.mul
          i32.add
          local.set $12
          local.get $4
          local.set $3
          local.get $2
          local.set $4
          local.get $8
          i32.const 96
          i32.add
          local.set $21
          loop $for-loop|53
           local.get $12
           local.get $21
           i32.gt_u
           if
            local.get $21
            v128.load offset=16
            local.set $26
            local.get $21
            i32.load
            local.get $3
            i32.add
            local.tee $13
            local.get $33
            i32.add
            local.set $37
            local.get $13
            local.get $13
            v128.load
            local.get $22
            local.get $21
            v128.load offset=32
            local.tee $43
            f64x2.mul
            f64x2.add
            v128.store
            local.get $37
            local.get $37
            v128.load
            local.get $22
            local.get $26
            f64x2.mul
            f64x2.add
            v128.store
            local.get $13
            local.get $13
            v128.load offset=16
            local.get $23
            local.get $43
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $37
            local.get $37
            v128.load offset=16
            local.get $23
            local.get $26
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $4
            i32.load
            local.get $3
            i32.add
            local.tee $13
            local.get $33
            i32.add
            local.set $37
            local.get $24
            local.get $13
            v128.load
            local.tee $24
            local.get $37
            v128.load
            local.get $24
            f64x2.sub
            local.get $4
            v128.load offset=16
            local.tee $26
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $24
            local.get $25
            local.get $13
            v128.load offset=16
            local.tee $25
            local.get $37
            v128.load offset=16
            local.get $25
            f64x2.sub
            local.get $26
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $25
            local.get $21
            i32.const 48
            i32.add
            local.set $21
            local.get $4
            i32.const 48
            i32.add
            local.set $4
            br $for-loop|53
           end
          end
          local.get $2
          local.get $36
          i32.const 48
          i32.mul
          i32.add
          local.set $12
          loop $for-loop|54
           local.get $4
           local.get $12
           i32.lt_u
           if
            local.get $24
            local.get $4
            i32.load
            local.get $3
            i32.add
            local.tee $13
            v128.load
            local.tee $22
            local.get $13
            local.get $33
            i32.add
            v128.load
            local.get $22
            f64x2.sub
            local.get $4
            v128.load offset=16
            local.tee $22
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $24
            local.get $25
            local.get $13
            i32.const 16
            i32.add
            local.tee $13
            v128.load
            local.tee $23
            local.get $13
            local.get $33
            i32.add
            v128.load
            local.get $23
            f64x2.sub
            local.get $22
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $25
            local.get $4
            i32.const 48
            i32.add
            local.set $4
            br $for-loop|54
           end
          end
          local.get $3
          local.get $34
          i32.add
          local.tee $3
          local.get $24
          local.get $42
          f64x2.mul
          local.get $24
          local.get $35
          select
          v128.store
          local.get $3
          local.get $25
          local.get $42
          f64x2.mul
          local.get $25
          local.get $35
          select
          v128.store offset=16
         else
          local.get $12
          i32.const 3
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $24
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $25
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $22
           local.get $3
           local.get $4
           i32.add
           local.tee $3
           v128.load
           local.set $23
           local.get $3
           v128.load offset=16
           local.set $26
           local.get $3
           v128.load offset=32
           local.set $43
           local.get $8
           v128.load offset=16
           local.set $45
           local.get $8
           i32.load
           local.get $4
           i32.add
           local.tee $3
           local.get $33
           i32.add
           local.set $12
           local.get $3
           local.get $3
           v128.load
           local.get $23
           local.get $8
           v128.load offset=32
           local.tee $46
           f64x2.mul
           f64x2.add
           v128.store
           local.get $12
           local.get $12
           v128.load
           local.get $23
           local.get $45
           f64x2.mul
           f64x2.add
           v128.store
           local.get $3
           local.get $3
           v128.load offset=16
           local.get $26
           local.get $46
           f64x2.mul
           f64x2.add
           v128.store offset=16
           local.get $12
           local.get $12
           v128.load offset=16
           local.get $26
           local.get $45
           f64x2.mul
           f64x2.add
           v128.store offset=16
           local.get $3
           local.get $3
           v128.load offset=32
           local.get $43
           local.get $46
           f64x2.mul
           f64x2.add
           v128.store offset=32
           local.get $12
           local.get $12
           v128.load offset=32
           local.get $43
           local.get $45
           f64x2.mul
           f64x2.add
           v128.store offset=32
           local.get $36
           i32.const 1
           i32.gt_s
           if
            local.get $8
            v128.load offset=64
            local.set $45
            local.get $8
            i32.load offset=48
            local.get $4
            i32.add
            local.tee $3
            local.get $33
            i32.add
            local.set $12
            local.get $3
            local.get $3
            v128.load
            local.get $23
            local.get $8
            v128.load offset=80
            local.tee $46
            f64x2.mul
            f64x2.add
            v128.store
            local.get $12
            local.get $12
            v128.load
            local.get $23
            local.get $45
            f64x2.mul
            f64x2.add
            v128.store
            local.get $3
            local.get $3
            v128.load offset=16
            local.get $26
            local.get $46
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $12
            local.get $12
            v128.load offset=16
            local.get $26
            local.get $45
            f64x2.mul
            f64x2.add
            v128.store offset=16
            local.get $3
            local.get $3
            v128.load offset=32
            local.get $43
            local.get $46
            f64x2.mul
            f64x2.add
            v128.store offset=32
            local.get $12
            local.get $12
            v128.load offset=32
            local.get $43
            local.get $45
            f64x2.mul
            f64x2.add
            v128.store offset=32
           end
           local.get $8
           local.get $36
           i32.const 48
           i32.mul
           i32.add
           local.set $12
           local.get $4
           local.set $3
           local.get $2
           local.set $4
           local.get $8
           i32.const 96
           i32.add
           local.set $21
           loop $for-loop|55
            local.get $12
            local.get $21
            i32.gt_u
            if
             local.get $21
             v128.load offset=16
             local.set $45
             local.get $21
             i32.load
             local.get $3
             i32.add
             local.tee $13
             local.get $33
             i32.add
             local.set $37
             local.get $13
             local.get $13
             v128.load
             local.get $23
             local.get $21
             v128.load offset=32
             local.tee $46
             f64x2.mul
             f64x2.add
             v128.store
             local.get $37
             local.get $37
             v128.load
             local.get $23
             local.get $45
             f64x2.mul
             f64x2.add
             v128.store
             local.get $13
             local.get $13
             v128.load offset=16
             local.get $26
             local.get $46
             f64x2.mul
             f64x2.add
             v128.store offset=16
             local.get $37
             local.get $37
             v128.load offset=16
             local.get $26
             local.get $45
             f64x2.mul
             f64x2.add
             v128.store offset=16
             local.get $13
             local.get $13
             v128.load offset=32
             local.get $43
             local.get $46
             f64x2.mul
             f64x2.add
             v128.store offset=32
             local.get $37
             local.get $37
             v128.load offset=32
             local.get $43
             local.get $45
             f64x2.mul
             f64x2.add
             v128.store offset=32
             local.get $4
             i32.load
             local.get $3
             i32.add
             local.tee $13
             local.get $33
             i32.add
             local.set $37
             local.get $24
             local.get $13
             v128.load
             local.tee $24
             local.get $37
             v128.load
             local.get $24
             f64x2.sub
             local.get $4
             v128.load offset=16
             local.tee $45
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $24
             local.get $25
             local.get $13
             v128.load offset=16
             local.tee $25
             local.get $37
             v128.load offset=16
             local.get $25
             f64x2.sub
             local.get $45
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $25
             local.get $22
             local.get $13
             v128.load offset=32
             local.tee $22
             local.get $37
             v128.load offset=32
             local.get $22
             f64x2.sub
             local.get $45
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $22
             local.get $21
             i32.const 48
             i32.add
             local.set $21
             local.get $4
             i32.const 48
             i32.add
             local.set $4
             br $for-loop|55
            end
           end
           local.get $2
           local.get $36
           i32.const 48
           i32.mul
           i32.add
           local.set $12
           loop $for-loop|56
            local.get $4
            local.get $12
            i32.lt_u
            if
             local.get $24
             local.get $4
             i32.load
             local.get $3
             i32.add
             local.tee $13
             v128.load
             local.tee $23
             local.get $13
             local.get $33
             i32.add
             v128.load
             local.get $23
             f64x2.sub
             local.get $4
             v128.load offset=16
             local.tee $23
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $24
             local.get $25
             local.get $13
             i32.const 16
             i32.add
             local.tee $21
             v128.load
             local.tee $25
             local.get $21
             local.get $33
             i32.add
             v128.load
             local.get $25
             f64x2.sub
             local.get $23
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $25
             local.get $22
             local.get $13
             i32.const 32
             i32.add
             local.tee $13
             v128.load
             local.tee $22
             local.get $13
             local.get $33
             i32.add
             v128.load
             local.get $22
             f64x2.sub
             local.get $23
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $22
             local.get $4
             i32.const 48
             i32.add
             local.set $4
             br $for-loop|56
            end
           end
           local.get $3
           local.get $34
           i32.add
           local.tee $3
           local.get $24
           local.get $42
           f64x2.mul
           local.get $24
           local.get $35
           select
           v128.store
           local.get $3
           local.get $25
           local.get $42
           f64x2.mul
           local.get $25
           local.get $35
           select
           v128.store offset=16
           local.get $3
           local.get $22
           local.get $42
           f64x2.mul
           local.get $22
           local.get $35
           select
           v128.store offset=32
          end
         end
        end
       else
        local.get $14
        i32.load offset=32
        i32.const 3
        i32.shl
        local.set $13
        local.get $14
        i32.load offset=60
        local.set $21
        local.get $14
        i32.load offset=24
        local.set $33
        local.get $14
        i32.load offset=44
        drop
        block $assembly/nk/updateLayerAt<f64>|inlined.1
         local.get $14
         i32.load offset=28
         i32.const 1
         i32.eq
         if
          local.get $33
          i32.const -2
          i32.and
          local.set $4
          local.get $21
          v128.load64_splat
          local.set $22
          i32.const 0
          local.set $3
          loop $for-loop|58
           local.get $3
           local.get $4
           i32.lt_s
           if
            local.get $9
            local.get $3
            i32.const 2
            i32.shl
            i32.add
            local.tee $12
            i32.load
            local.tee $13
            v128.load
            local.tee $23
            local.get $12
            i32.load offset=4
            local.tee $12
            v128.load
            local.tee $24
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.get $22
            v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
            local.get $10
            local.get $3
            i32.const 3
            i32.shl
            i32.add
            v128.load
            local.tee $25
            f64x2.sub
            f64x2.mul
            f64x2.add
            local.set $26
            local.get $13
            local.get $26
            local.get $23
            local.get $24
            i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
            local.get $22
            local.get $25
            f64x2.mul
            f64x2.add
            local.tee $23
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            v128.store
            local.get $12
            local.get $26
            local.get $23
            i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
            v128.store
            local.get $3
            i32.const 2
            i32.add
            local.set $3
            br $for-loop|58
           end
          end
          local.get $21
          f64.load
          local.set $5
          loop $for-loop|59
           local.get $3
           local.get $33
           i32.lt_s
           if
            local.get $9
            local.get $3
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.tee $4
            f64.load offset=8
            local.set $7
            local.get $4
            local.get $4
            f64.load
            local.get $5
            f64.const 1
            local.get $10
            local.get $3
            i32.const 3
            i32.shl
            i32.add
            f64.load
            local.tee $11
            f64.sub
            f64.mul
            f64.add
            f64.store
            local.get $4
            local.get $7
            local.get $5
            local.get $11
            f64.mul
            f64.add
            f64.store offset=8
            local.get $3
            i32.const 1
            i32.add
            local.set $3
            br $for-loop|59
           end
          end
          br $assembly/nk/updateLayerAt<f64>|inlined.1
         end
         i32.const 0
         local.set $12
         loop $for-loop|61
          local.get $12
          local.get $33
          i32.lt_s
          if
           v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
           local.get $10
           local.get $12
           i32.const 3
           i32.shl
           i32.add
           v128.load64_splat
           local.tee $22
           f64x2.sub
           local.set $23
           local.get $9
           local.get $12
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.set $34
           i32.const 0
           local.set $3
           loop $for-loop|63
            local.get $3
            i32.const -64
            i32.sub
            local.tee $4
            local.get $13
            i32.le_u
            if
             local.get $3
             local.get $34
             i32.add
             local.tee $35
             local.get $35
             v128.load
             local.get $3
             local.get $21
             i32.add
             local.tee $3
             v128.load
             local.tee $24
             local.get $23
             f64x2.mul
             f64x2.add
             v128.store
             local.get $13
             local.get $35
             i32.add
             local.tee $36
             local.get $36
             v128.load
             local.get $24
             local.get $22
             f64x2.mul
             f64x2.add
             v128.store
             local.get $35
             i32.const 16
             i32.add
             local.tee $36
             local.get $36
             v128.load
             local.get $3
             v128.load offset=16
             local.tee $24
             local.get $23
             f64x2.mul
             f64x2.add
             v128.store
             local.get $13
             local.get $36
             i32.add
             local.tee $36
             local.get $36
             v128.load
             local.get $24
             local.get $22
             f64x2.mul
             f64x2.add
             v128.store
             local.get $35
             i32.const 32
             i32.add
             local.tee $36
             local.get $36
             v128.load
             local.get $3
             v128.load offset=32
             local.tee $24
             local.get $23
             f64x2.mul
             f64x2.add
             v128.store
             local.get $13
             local.get $36
             i32.add
             local.tee $36
             local.get $36
             v128.load
             local.get $24
             local.get $22
             f64x2.mul
             f64x2.add
             v128.store
             local.get $35
             i32.const 48
             i32.add
             local.tee $35
             local.get $35
             v128.load
             local.get $3
             v128.load offset=48
             local.tee $24
             local.get $23
             f64x2.mul
             f64x2.add
             v128.store
             local.get $13
             local.get $35
             i32.add
             local.tee $3
             local.get $3
             v128.load
             local.get $24
             local.get $22
             f64x2.mul
             f64x2.add
             v128.store
             local.get $4
             local.set $3
             br $for-loop|63
            end
           end
           loop $for-loop|64
            local.get $3
            local.get $13
            i32.lt_u
            if
             local.get $3
             local.get $34
             i32.add
             local.tee $4
             local.get $4
             v128.load
             local.get $3
             local.get $21
             i32.add
             v128.load
             local.tee $24
             local.get $23
             f64x2.mul
             f64x2.add
             v128.store
             local.get $4
             local.get $13
             i32.add
             local.tee $4
             local.get $4
             v128.load
             local.get $24
             local.get $22
             f64x2.mul
             f64x2.add
             v128.store
             local.get $3
             i32.const 16
             i32.add
             local.set $3
             br $for-loop|64
            end
           end
           local.get $12
           i32.const 1
           i32.add
           local.set $12
           br $for-loop|61
          end
         end
        end
        local.get $14
        i32.load offset=32
        i32.const 3
        i32.shl
        local.set $12
        local.get $14
        i32.load offset=56
        local.set $21
        local.get $14
        i32.load offset=4
        i32.const 0
        i32.ne
        local.set $33
        f64.const 1
        local.get $14
        i32.load offset=24
        local.tee $34
        f64.convert_i32_s
        f64.div
        f64x2.splat
        local.set $42
        i32.const 0
        local.set $4
        loop $for-loop|65
         local.get $4
         i32.const -64
         i32.sub
         local.get $12
         i32.le_u
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $25
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $22
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $23
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $26
          i32.const 0
          local.set $13
          loop $for-loop|66
           local.get $13
           local.get $34
           i32.lt_s
           if
            local.get $0
            local.get $13
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.get $4
            i32.add
            local.tee $3
            local.get $12
            i32.add
            local.set $35
            local.get $25
            local.get $3
            v128.load
            local.tee $24
            local.get $35
            v128.load
            local.get $24
            f64x2.sub
            local.get $1
            local.get $13
            i32.const 3
            i32.shl
            i32.add
            v128.load64_splat
            local.tee $24
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $25
            local.get $22
            local.get $3
            v128.load offset=16
            local.tee $22
            local.get $35
            v128.load offset=16
            local.get $22
            f64x2.sub
            local.get $24
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $22
            local.get $23
            local.get $3
            v128.load offset=32
            local.tee $23
            local.get $35
            v128.load offset=32
            local.get $23
            f64x2.sub
            local.get $24
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $23
            local.get $26
            local.get $3
            v128.load offset=48
            local.tee $26
            local.get $35
            v128.load offset=48
            local.get $26
            f64x2.sub
            local.get $24
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $26
            local.get $13
            i32.const 1
            i32.add
            local.set $13
            br $for-loop|66
           end
          end
          local.get $4
          local.get $21
          i32.add
          local.tee $3
          local.get $25
          local.get $42
          f64x2.mul
          local.get $25
          local.get $33
          select
          v128.store
          local.get $3
          local.get $22
          local.get $42
          f64x2.mul
          local.get $22
          local.get $33
          select
          v128.store offset=16
          local.get $3
          local.get $23
          local.get $42
          f64x2.mul
          local.get $23
          local.get $33
          select
          v128.store offset=32
          local.get $3
          local.get $26
          local.get $42
          f64x2.mul
          local.get $26
          local.get $33
          select
          v128.store offset=48
          local.get $4
          i32.const -64
          i32.sub
          local.set $4
          br $for-loop|65
         end
        end
        block $assembly/forward/accumulateLayer<f64>|inlined.3
         local.get $14
         i32.load offset=28
         i32.const 1
         i32.eq
         if
          local.get $34
          i32.const -2
          i32.and
          local.set $3
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          i32.const 0
          local.set $4
          loop $for-loop|67
           local.get $3
           local.get $4
           i32.gt_s
           if
            local.get $24
            local.get $0
            local.get $4
            i32.const 2
            i32.shl
            i32.add
            local.tee $12
            i32.load
            v128.load
            local.tee $22
            local.get $12
            i32.load offset=4
            v128.load
            local.tee $23
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.tee $24
            local.get $22
            local.get $23
            i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
            local.get $24
            f64x2.sub
            local.get $1
            local.get $4
            i32.const 3
            i32.shl
            i32.add
            v128.load
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $24
            local.get $4
            i32.const 2
            i32.add
            local.set $4
            br $for-loop|67
           end
          end
          local.get $24
          f64x2.extract_lane 0
          local.set $5
          local.get $4
          local.get $34
          i32.lt_s
          if (result f64)
           local.get $5
           local.get $0
           local.get $4
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.tee $3
           f64.load
           local.tee $5
           local.get $3
           f64.load offset=8
           local.get $5
           f64.sub
           local.get $1
           local.get $4
           i32.const 3
           i32.shl
           i32.add
           f64.load
           f64.mul
           f64.add
           f64.add
          else
           local.get $5
          end
          local.get $24
          f64x2.extract_lane 1
          f64.add
          local.set $5
          local.get $21
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $33
          if (result f64)
           local.get $5
           f64.const 1
           local.get $34
           f64.convert_i32_s
           f64.div
           f64.mul
          else
           local.get $5
          end
          f64x2.replace_lane 0
          v128.store
          br $assembly/forward/accumulateLayer<f64>|inlined.3
         end
         local.get $12
         local.get $4
         i32.sub
         i32.const 4
         i32.shr_u
         local.tee $3
         i32.const 1
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $25
          i32.const 0
          local.set $3
          loop $for-loop|68
           local.get $3
           local.get $34
           i32.lt_s
           if
            local.get $25
            local.get $0
            local.get $3
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.get $4
            i32.add
            local.tee $13
            v128.load
            local.tee $22
            local.get $12
            local.get $13
            i32.add
            v128.load
            local.get $22
            f64x2.sub
            local.get $1
            local.get $3
            i32.const 3
            i32.shl
            i32.add
            v128.load64_splat
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $25
            local.get $3
            i32.const 1
            i32.add
            local.set $3
            br $for-loop|68
           end
          end
          local.get $4
          local.get $21
          i32.add
          local.get $25
          local.get $42
          f64x2.mul
          local.get $25
          local.get $33
          select
          v128.store
         else
          local.get $3
          i32.const 2
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $24
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $22
           i32.const 0
           local.set $13
           loop $for-loop|69
            local.get $13
            local.get $34
            i32.lt_s
            if
             local.get $0
             local.get $13
             i32.const 2
             i32.shl
             i32.add
             i32.load
             local.get $4
             i32.add
             local.tee $3
             local.get $12
             i32.add
             local.set $35
             local.get $24
             local.get $3
             v128.load
             local.tee $23
             local.get $35
             v128.load
             local.get $23
             f64x2.sub
             local.get $1
             local.get $13
             i32.const 3
             i32.shl
             i32.add
             v128.load64_splat
             local.tee $23
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $24
             local.get $22
             local.get $3
             v128.load offset=16
             local.tee $22
             local.get $35
             v128.load offset=16
             local.get $22
             f64x2.sub
             local.get $23
             f64x2.mul
             f64x2.add
             f64x2.add
             local.set $22
             local.get $13
             i32.const 1
             i32.add
             local.set $13
             br $for-loop|69
            end
           end
           local.get $4
           local.get $21
           i32.add
           local.tee $3
           local.get $24
           local.get $42
           f64x2.mul
           local.get $24
           local.get $33
           select
           v128.store
           local.get $3
           local.get $22
           local.get $42
           f64x2.mul
           local.get $22
           local.get $33
           select
           v128.store offset=16
          else
           local.get $3
           i32.const 3
           i32.eq
           if
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $24
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $22
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $23
            i32.const 0
            local.set $13
            loop $for-loop|70
             local.get $13
             local.get $34
             i32.lt_s
             if
              local.get $0
              local.get $13
              i32.const 2
              i32.shl
              i32.add
              i32.load
              local.get $4
              i32.add
              local.tee $3
              local.get $12
              i32.add
              local.set $35
              local.get $24
              local.get $3
              v128.load
              local.tee $24
              local.get $35
              v128.load
              local.get $24
              f64x2.sub
              local.get $1
              local.get $13
              i32.const 3
              i32.shl
              i32.add
              v128.load64_splat
              local.tee $25
              f64x2.mul
              f64x2.add
              f64x2.add
              local.set $24
              local.get $22
              local.get $3
              v128.load offset=16
              local.tee $22
              local.get $35
              v128.load offset=16
              local.get $22
              f64x2.sub
              local.get $25
              f64x2.mul
              f64x2.add
              f64x2.add
              local.set $22
              local.get $23
              local.get $3
              v128.load offset=32
              local.tee $23
              local.get $35
              v128.load offset=32
              local.get $23
              f64x2.sub
              local.get $25
              f64x2.mul
              f64x2.add
              f64x2.add
              local.set $23
              local.get $13
              i32.const 1
              i32.add
              local.set $13
              br $for-loop|70
             end
            end
            local.get $4
            local.get $21
            i32.add
            local.tee $3
            local.get $24
            local.get $42
            f64x2.mul
            local.get $24
            local.get $33
            select
            v128.store
            local.get $3
            local.get $22
            local.get $42
            f64x2.mul
            local.get $22
            local.get $33
            select
            v128.store offset=16
            local.get $3
            local.get $23
            local.get $42
            f64x2.mul
            local.get $23
            local.get $33
            select
            v128.store offset=32
           end
          end
         end
        end
       end
      end
      local.get $9
      local.get $0
      local.set $9
      local.set $0
      local.get $10
      local.get $1
      local.set $10
      local.set $1
      local.get $8
      local.get $2
      local.set $8
      local.set $2
     else
      local.get $21
      i32.eqz
      if
       block $assembly/nk/updateLayerAt<f64>|inlined.2
        local.get $14
        i32.load offset=32
        i32.const 3
        i32.shl
        local.set $13
        local.get $14
        i32.load offset=60
        local.set $21
        local.get $14
        i32.load offset=24
        local.set $33
        local.get $14
        i32.load offset=44
        drop
        local.get $14
        i32.load offset=28
        i32.const 1
        i32.eq
        if
         local.get $33
         i32.const -2
         i32.and
         local.set $4
         local.get $21
         v128.load64_splat
         local.set $22
         i32.const 0
         local.set $3
         loop $for-loop|72
          local.get $3
          local.get $4
          i32.lt_s
          if
           local.get $9
           local.get $3
           i32.const 2
           i32.shl
           i32.add
           local.tee $12
           i32.load
           local.tee $13
           v128.load
           local.tee $23
           local.get $12
           i32.load offset=4
           local.tee $12
           v128.load
           local.tee $24
           i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
           local.get $22
           v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
           local.get $10
           local.get $3
           i32.const 3
           i32.shl
           i32.add
           v128.load
           local.tee $25
           f64x2.sub
           f64x2.mul
           f64x2.add
           local.set $26
           local.get $13
           local.get $26
           local.get $23
           local.get $24
           i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
           local.get $22
           local.get $25
           f64x2.mul
           f64x2.add
           local.tee $23
           i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
           v128.store
           local.get $12
           local.get $26
           local.get $23
           i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
           v128.store
           local.get $3
           i32.const 2
           i32.add
           local.set $3
           br $for-loop|72
          end
         end
         local.get $21
         f64.load
         local.set $5
         loop $for-loop|73
          local.get $3
          local.get $33
          i32.lt_s
          if
           local.get $9
           local.get $3
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.tee $4
           f64.load offset=8
           local.set $7
           local.get $4
           local.get $4
           f64.load
           local.get $5
           f64.const 1
           local.get $10
           local.get $3
           i32.const 3
           i32.shl
           i32.add
           f64.load
           local.tee $11
           f64.sub
           f64.mul
           f64.add
           f64.store
           local.get $4
           local.get $7
           local.get $5
           local.get $11
           f64.mul
           f64.add
           f64.store offset=8
           local.get $3
           i32.const 1
           i32.add
           local.set $3
           br $for-loop|73
          end
         end
         br $assembly/nk/updateLayerAt<f64>|inlined.2
        end
        i32.const 0
        local.set $12
        loop $for-loop|75
         local.get $12
         local.get $33
         i32.lt_s
         if
          v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
          local.get $10
          local.get $12
          i32.const 3
          i32.shl
          i32.add
          v128.load64_splat
          local.tee $22
          f64x2.sub
          local.set $23
          local.get $9
          local.get $12
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set $34
          i32.const 0
          local.set $3
          loop $for-loop|77
           local.get $3
           i32.const -64
           i32.sub
           local.tee $4
           local.get $13
           i32.le_u
           if
            local.get $3
            local.get $34
            i32.add
            local.tee $35
            local.get $35
            v128.load
            local.get $3
            local.get $21
            i32.add
            local.tee $3
            v128.load
            local.tee $24
            local.get $23
            f64x2.mul
            f64x2.add
            v128.store
            local.get $13
            local.get $35
            i32.add
            local.tee $36
            local.get $36
            v128.load
            local.get $24
            local.get $22
            f64x2.mul
            f64x2.add
            v128.store
            local.get $35
            i32.const 16
            i32.add
            local.tee $36
            local.get $36
            v128.load
            local.get $3
            v128.load offset=16
            local.tee $24
            local.get $23
            f64x2.mul
            f64x2.add
            v128.store
            local.get $13
            local.get $36
            i32.add
            local.tee $36
            local.get $36
            v128.load
            local.get $24
            local.get $22
            f64x2.mul
            f64x2.add
            v128.store
            local.get $35
            i32.const 32
            i32.add
            local.tee $36
            local.get $36
            v128.load
            local.get $3
            v128.load offset=32
            local.tee $24
            local.get $23
            f64x2.mul
            f64x2.add
            v128.store
            local.get $13
            local.get $36
            i32.add
            local.tee $36
            local.get $36
            v128.load
            local.get $24
            local.get $22
            f64x2.mul
            f64x2.add
            v128.store
            local.get $35
            i32.const 48
            i32.add
            local.tee $35
            local.get $35
            v128.load
            local.get $3
            v128.load offset=48
            local.tee $24
            local.get $23
            f64x2.mul
            f64x2.add
            v128.store
            local.get $13
            local.get $35
            i32.add
            local.tee $3
            local.get $3
            v128.load
            local.get $24
            local.get $22
            f64x2.mul
            f64x2.add
            v128.store
            local.get $4
            local.set $3
            br $for-loop|77
           end
          end
          loop $for-loop|78
           local.get $3
           local.get $13
           i32.lt_u
           if
            local.get $3
            local.get $34
            i32.add
            local.tee $4
            local.get $4
            v128.load
            local.get $3
            local.get $21
            i32.add
            v128.load
            local.tee $24
            local.get $23
            f64x2.mul
            f64x2.add
            v128.store
            local.get $4
            local.get $13
            i32.add
            local.tee $4
            local.get $4
            v128.load
            local.get $24
            local.get $22
            f64x2.mul
            f64x2.add
            v128.store
            local.get $3
            i32.const 16
            i32.add
            local.set $3
            br $for-loop|78
           end
          end
          local.get $12
          i32.const 1
          i32.add
          local.set $12
          br $for-loop|75
         end
        end
       end
      end
     end
     local.get $15
     i32.const 1
     i32.add
     local.set $15
     br $for-loop|11
    end
   end
  end
 )
 (func $assembly/index/nkRangeF32 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 f32) (param $6 f32)
  (local $7 f32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 f32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 v128)
  (local $42 i32)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 f32)
  (local $47 i32)
  (local $48 i32)
  (local $49 v128)
  (local $50 v128)
  local.get $3
  local.tee $11
  local.get $4
  i32.lt_s
  if
   local.get $2
   local.set $17
   local.get $5
   local.set $18
   local.get $4
   local.set $16
   local.get $0
   local.tee $14
   i32.load offset=12
   local.set $26
   local.get $14
   local.get $14
   i32.load
   local.tee $28
   i32.const 10
   i32.mul
   local.tee $0
   i32.const 4
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.set $29
   local.get $14
   local.get $0
   i32.const 5
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.set $30
   local.get $14
   i32.load offset=56
   local.set $19
   local.get $14
   i32.load offset=16
   local.set $2
   local.get $14
   i32.load offset=20
   local.tee $3
   local.get $14
   i32.load offset=24
   local.tee $15
   i32.const 3
   i32.add
   i32.const -4
   i32.and
   i32.const 2
   i32.shl
   local.tee $32
   i32.add
   local.tee $0
   local.get $15
   i32.const 48
   i32.mul
   i32.add
   local.set $8
   local.get $14
   i32.load offset=44
   local.set $33
   local.get $14
   i32.load offset=40
   local.set $34
   local.get $1
   local.tee $20
   local.get $14
   i32.load offset=8
   i32.const 2
   i32.shl
   local.tee $31
   local.get $11
   i32.mul
   i32.add
   local.set $35
   local.get $14
   i32.load offset=48
   local.set $9
   local.get $14
   i32.load offset=52
   local.set $10
   local.get $0
   i32.const 0
   local.get $14
   i32.load offset=28
   i32.const 1
   i32.ne
   local.tee $27
   select
   local.set $36
   local.get $14
   i32.load offset=36
   local.tee $37
   local.get $14
   i32.load offset=32
   i32.const 2
   i32.shl
   local.tee $38
   i32.mul
   local.set $39
   local.get $15
   i32.const -4
   i32.and
   local.set $1
   local.get $37
   i32.const 1
   i32.sub
   f32.convert_i32_s
   f32x4.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $22
   local.get $37
   i32.const 2
   i32.sub
   f32.convert_i32_s
   f32x4.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $25
   local.get $38
   i32x4.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $40
   local.get $39
   i32.const 2
   i32.shl
   i32x4.splat
   global.set $assembly/pl/invariant
   global.get $assembly/pl/invariant
   local.set $41
   local.get $34
   i32x4.splat
   v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
   local.get $39
   i32x4.splat
   i32x4.mul
   i32x4.add
   local.set $24
   loop $for-loop|1
    local.get $1
    local.get $21
    i32.gt_s
    if
     local.get $21
     i32.const 2
     i32.shl
     local.tee $4
     local.get $33
     i32.add
     local.set $42
     local.get $23
     local.get $4
     local.get $35
     i32.add
     v128.load
     local.tee $43
     local.get $42
     v128.load
     local.tee $44
     f32x4.le
     local.get $43
     local.get $32
     local.get $42
     i32.add
     v128.load
     f32x4.ge
     v128.or
     v128.or
     local.set $23
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.get $43
     local.get $44
     f32x4.sub
     local.get $42
     local.get $32
     i32.const 3
     i32.mul
     i32.add
     v128.load
     f32x4.mul
     f32x4.pmax
     local.get $22
     f32x4.pmin
     local.tee $43
     f32x4.floor
     local.get $25
     f32x4.pmin
     local.set $44
     local.get $4
     local.get $10
     i32.add
     local.get $43
     local.get $44
     f32x4.sub
     local.tee $43
     v128.store
     local.get $24
     local.get $44
     v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
     f32x4.add
     v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
     i32x4.sub
     local.get $40
     i32x4.mul
     i32x4.add
     local.set $44
     local.get $24
     local.get $41
     i32x4.add
     local.set $24
     local.get $4
     local.get $9
     i32.add
     local.get $44
     v128.store
     local.get $36
     if
      local.get $36
      local.get $21
      i32.const 48
      i32.mul
      i32.add
      local.tee $4
      local.get $44
      v128.store32_lane 0
      local.get $4
      local.get $43
      local.get $43
      i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
      v128.store offset=16
      local.get $4
      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
      local.get $43
      f32x4.sub
      local.tee $45
      local.get $45
      i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
      v128.store offset=32
      local.get $4
      i32.const 48
      i32.add
      local.get $44
      v128.store32_lane 1
      local.get $4
      local.get $43
      local.get $43
      i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
      v128.store offset=64
      local.get $4
      local.get $45
      local.get $45
      i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
      v128.store offset=80
      local.get $4
      i32.const 96
      i32.add
      local.get $44
      v128.store32_lane 2
      local.get $4
      local.get $43
      local.get $43
      i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
      v128.store offset=112
      local.get $4
      local.get $45
      local.get $45
      i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
      v128.store offset=128
      local.get $4
      i32.const 144
      i32.add
      local.get $44
      v128.store32_lane 3
      local.get $4
      local.get $43
      local.get $43
      i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
      v128.store offset=160
      local.get $4
      local.get $45
      local.get $45
      i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
      v128.store offset=176
     end
     local.get $21
     i32.const 4
     i32.add
     local.set $21
     br $for-loop|1
    end
   end
   local.get $23
   v128.any_true
   if
    i32.const 0
    local.set $4
    loop $for-loop|2
     local.get $1
     local.get $4
     i32.gt_s
     if
      local.get $4
      i32.const 2
      i32.shl
      local.tee $21
      local.get $33
      i32.add
      local.tee $42
      local.get $32
      i32.add
      f32.load
      local.set $5
      block $assembly/pl/adaptRange<f32>|inlined.0
       local.get $42
       f32.load
       local.tee $7
       local.get $21
       local.get $35
       i32.add
       f32.load
       local.tee $12
       f32.ge
       if
        local.get $12
        local.set $7
       else
        local.get $5
        local.get $12
        f32.le
        i32.eqz
        br_if $assembly/pl/adaptRange<f32>|inlined.0
        local.get $12
        local.set $5
       end
       local.get $42
       local.get $7
       local.get $5
       local.get $7
       f32.sub
       f32.const 0.009999999776482582
       f32.mul
       local.tee $7
       f32.sub
       local.tee $12
       f32.store
       local.get $32
       local.get $42
       i32.add
       local.get $5
       local.get $7
       f32.add
       local.tee $5
       f32.store
       local.get $42
       local.get $32
       i32.const 1
       i32.shl
       i32.add
       local.get $5
       local.get $12
       f32.sub
       local.get $37
       i32.const 1
       i32.sub
       f32.convert_i32_s
       f32.div
       local.tee $5
       f32.store
       local.get $42
       local.get $32
       i32.const 3
       i32.mul
       i32.add
       f32.const 1
       local.get $5
       f32.div
       f32.store
      end
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|2
     end
    end
    local.get $37
    i32.const 1
    i32.sub
    f32.convert_i32_s
    f32x4.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $22
    local.get $37
    i32.const 2
    i32.sub
    f32.convert_i32_s
    f32x4.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $24
    local.get $38
    i32x4.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $25
    local.get $37
    local.get $38
    i32.mul
    local.tee $4
    i32.const 2
    i32.shl
    i32x4.splat
    global.set $assembly/pl/invariant
    global.get $assembly/pl/invariant
    local.set $40
    local.get $34
    i32x4.splat
    v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
    local.get $4
    i32x4.splat
    i32x4.mul
    i32x4.add
    local.set $23
    i32.const 0
    local.set $21
    loop $for-loop|3
     local.get $1
     local.get $21
     i32.gt_s
     if
      local.get $21
      i32.const 2
      i32.shl
      local.tee $4
      local.get $33
      i32.add
      local.set $42
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $4
      local.get $35
      i32.add
      v128.load
      local.get $42
      v128.load
      f32x4.sub
      local.get $42
      local.get $32
      i32.const 3
      i32.mul
      i32.add
      v128.load
      f32x4.mul
      f32x4.pmax
      local.get $22
      f32x4.pmin
      local.tee $41
      f32x4.floor
      local.get $24
      f32x4.pmin
      local.set $43
      local.get $4
      local.get $10
      i32.add
      local.get $41
      local.get $43
      f32x4.sub
      local.tee $41
      v128.store
      local.get $23
      local.get $43
      v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
      f32x4.add
      v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
      i32x4.sub
      local.get $25
      i32x4.mul
      i32x4.add
      local.set $43
      local.get $23
      local.get $40
      i32x4.add
      local.set $23
      local.get $4
      local.get $9
      i32.add
      local.get $43
      v128.store
      local.get $36
      if
       local.get $36
       local.get $21
       i32.const 48
       i32.mul
       i32.add
       local.tee $4
       local.get $43
       v128.store32_lane 0
       local.get $4
       local.get $41
       local.get $41
       i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
       v128.store offset=16
       local.get $4
       v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
       local.get $41
       f32x4.sub
       local.tee $44
       local.get $44
       i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
       v128.store offset=32
       local.get $4
       i32.const 48
       i32.add
       local.get $43
       v128.store32_lane 1
       local.get $4
       local.get $41
       local.get $41
       i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
       v128.store offset=64
       local.get $4
       local.get $44
       local.get $44
       i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
       v128.store offset=80
       local.get $4
       i32.const 96
       i32.add
       local.get $43
       v128.store32_lane 2
       local.get $4
       local.get $41
       local.get $41
       i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
       v128.store offset=112
       local.get $4
       local.get $44
       local.get $44
       i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
       v128.store offset=128
       local.get $4
       i32.const 144
       i32.add
       local.get $43
       v128.store32_lane 3
       local.get $4
       local.get $41
       local.get $41
       i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
       v128.store offset=160
       local.get $4
       local.get $44
       local.get $44
       i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
       v128.store offset=176
      end
      local.get $21
      i32.const 4
      i32.add
      local.set $21
      br $for-loop|3
     end
    end
   end
   loop $for-loop|4
    local.get $1
    local.get $15
    i32.lt_s
    if
     local.get $1
     i32.const 2
     i32.shl
     local.tee $21
     local.get $35
     i32.add
     f32.load
     local.set $12
     local.get $21
     local.get $33
     i32.add
     local.tee $4
     f32.load
     local.set $5
     local.get $4
     local.get $32
     i32.add
     f32.load
     local.set $7
     block $assembly/pl/adaptRange<f32>|inlined.1
      local.get $5
      local.get $12
      f32.ge
      if
       local.get $12
       local.set $5
      else
       local.get $7
       local.get $12
       f32.le
       i32.eqz
       br_if $assembly/pl/adaptRange<f32>|inlined.1
       local.get $12
       local.set $7
      end
      local.get $4
      local.get $5
      local.get $7
      local.get $5
      f32.sub
      f32.const 0.009999999776482582
      f32.mul
      local.tee $5
      f32.sub
      local.tee $46
      f32.store
      local.get $4
      local.get $32
      i32.add
      local.get $7
      local.get $5
      f32.add
      local.tee $5
      f32.store
      local.get $4
      local.get $32
      i32.const 1
      i32.shl
      i32.add
      local.get $5
      local.get $46
      f32.sub
      local.get $37
      i32.const 1
      i32.sub
      f32.convert_i32_s
      f32.div
      local.tee $5
      f32.store
      local.get $4
      local.get $32
      i32.const 3
      i32.mul
      i32.add
      f32.const 1
      local.get $5
      f32.div
      f32.store
     end
     local.get $12
     local.get $21
     local.get $33
     i32.add
     local.tee $4
     f32.load
     f32.sub
     local.get $4
     local.get $32
     i32.const 3
     i32.mul
     i32.add
     f32.load
     f32.mul
     local.tee $7
     f32.const 0
     f32.lt
     if
      f32.const 0
      local.set $7
     end
     local.get $7
     local.get $37
     i32.const 1
     i32.sub
     f32.convert_i32_s
     local.tee $5
     f32.gt
     i32.eqz
     if
      local.get $7
      local.set $5
     end
     local.get $5
     i32.trunc_sat_f32_s
     local.tee $42
     local.get $37
     i32.const 2
     i32.sub
     local.tee $4
     i32.le_s
     if
      local.get $42
      local.set $4
     end
     local.get $9
     local.get $1
     i32.const 2
     i32.shl
     i32.add
     local.get $34
     local.get $1
     local.get $39
     i32.mul
     i32.add
     local.get $4
     local.get $38
     i32.mul
     i32.add
     local.tee $42
     i32.store
     local.get $10
     local.get $21
     i32.add
     local.get $5
     local.get $4
     f32.convert_i32_s
     f32.sub
     local.tee $5
     f32.store
     local.get $36
     local.get $1
     i32.const 48
     i32.mul
     i32.add
     i32.const 0
     local.get $36
     select
     local.tee $4
     if
      local.get $4
      local.get $42
      i32.store
      local.get $4
      local.get $5
      f32x4.splat
      v128.store offset=16
      local.get $4
      f32.const 1
      local.get $5
      f32.sub
      f32x4.splat
      v128.store offset=32
     end
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|4
    end
   end
   local.get $14
   i32.load offset=32
   i32.const 2
   i32.shl
   local.set $15
   local.get $14
   i32.load offset=56
   local.set $21
   local.get $14
   i32.load offset=4
   i32.const 0
   i32.ne
   local.set $32
   f32.const 1
   local.get $14
   i32.load offset=24
   local.tee $33
   f32.convert_i32_s
   f32.div
   f32x4.splat
   local.set $40
   i32.const 0
   local.set $1
   loop $for-loop|5
    local.get $1
    i32.const -64
    i32.sub
    local.get $15
    i32.le_u
    if
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $25
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $24
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $22
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $23
     i32.const 0
     local.set $4
     loop $for-loop|6
      local.get $4
      local.get $33
      i32.lt_s
      if
       local.get $4
       i32.const 2
       i32.shl
       local.tee $34
       local.get $9
       i32.add
       i32.load
       local.get $1
       i32.add
       local.tee $35
       local.get $15
       i32.add
       local.set $36
       local.get $25
       local.get $35
       v128.load
       local.tee $25
       local.get $36
       v128.load
       local.get $25
       f32x4.sub
       local.get $10
       local.get $34
       i32.add
       v128.load32_splat
       local.tee $41
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $25
       local.get $24
       local.get $35
       v128.load offset=16
       local.tee $24
       local.get $36
       v128.load offset=16
       local.get $24
       f32x4.sub
       local.get $41
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $24
       local.get $22
       local.get $35
       v128.load offset=32
       local.tee $22
       local.get $36
       v128.load offset=32
       local.get $22
       f32x4.sub
       local.get $41
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $22
       local.get $23
       local.get $35
       v128.load offset=48
       local.tee $23
       local.get $36
       v128.load offset=48
       local.get $23
       f32x4.sub
       local.get $41
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $23
       local.get $4
       i32.const 1
       i32.add
       local.set $4
       br $for-loop|6
      end
     end
     local.get $1
     local.get $21
     i32.add
     local.tee $4
     local.get $25
     local.get $40
     f32x4.mul
     local.get $25
     local.get $32
     select
     v128.store
     local.get $4
     local.get $24
     local.get $40
     f32x4.mul
     local.get $24
     local.get $32
     select
     v128.store offset=16
     local.get $4
     local.get $22
     local.get $40
     f32x4.mul
     local.get $22
     local.get $32
     select
     v128.store offset=32
     local.get $4
     local.get $23
     local.get $40
     f32x4.mul
     local.get $23
     local.get $32
     select
     v128.store offset=48
     local.get $1
     i32.const -64
     i32.sub
     local.set $1
     br $for-loop|5
    end
   end
   block $assembly/forward/accumulateLayer<f32>|inlined.0
    local.get $14
    i32.load offset=28
    i32.const 1
    i32.eq
    if
     local.get $33
     i32.const -4
     i32.and
     local.set $4
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $23
     i32.const 0
     local.set $1
     loop $for-loop|7
      local.get $1
      local.get $4
      i32.lt_s
      if
       local.get $23
       local.get $1
       i32.const 2
       i32.shl
       local.tee $13
       local.get $9
       i32.add
       local.tee $15
       i32.load offset=4
       local.get $15
       i32.load
       v128.load64_zero
       v128.load64_lane 1
       local.tee $22
       local.get $15
       i32.load offset=12
       local.get $15
       i32.load offset=8
       v128.load64_zero
       v128.load64_lane 1
       local.tee $23
       i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
       local.tee $24
       local.get $22
       local.get $23
       i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
       local.get $24
       f32x4.sub
       local.get $10
       local.get $13
       i32.add
       v128.load
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $23
       local.get $1
       i32.const 4
       i32.add
       local.set $1
       br $for-loop|7
      end
     end
     local.get $23
     f32x4.extract_lane 0
     local.set $5
     local.get $23
     f32x4.extract_lane 1
     local.set $7
     local.get $23
     f32x4.extract_lane 2
     local.set $12
     local.get $1
     local.get $33
     i32.lt_s
     if (result f32)
      local.get $5
      local.get $1
      i32.const 2
      i32.shl
      local.tee $4
      local.get $9
      i32.add
      i32.load
      local.tee $13
      f32.load
      local.tee $5
      local.get $13
      f32.load offset=4
      local.get $5
      f32.sub
      local.get $4
      local.get $10
      i32.add
      f32.load
      f32.mul
      f32.add
      f32.add
     else
      local.get $5
     end
     local.get $1
     i32.const 1
     i32.add
     local.tee $4
     local.get $33
     i32.lt_s
     if (result f32)
      local.get $7
      local.get $4
      i32.const 2
      i32.shl
      local.tee $4
      local.get $9
      i32.add
      i32.load
      local.tee $13
      f32.load
      local.tee $5
      local.get $13
      f32.load offset=4
      local.get $5
      f32.sub
      local.get $4
      local.get $10
      i32.add
      f32.load
      f32.mul
      f32.add
      f32.add
     else
      local.get $7
     end
     f32.add
     local.get $1
     i32.const 2
     i32.add
     local.tee $1
     local.get $33
     i32.lt_s
     if (result f32)
      local.get $12
      local.get $1
      i32.const 2
      i32.shl
      local.tee $1
      local.get $9
      i32.add
      i32.load
      local.tee $4
      f32.load
      local.tee $5
      local.get $4
      f32.load offset=4
      local.get $5
      f32.sub
      local.get $1
      local.get $10
      i32.add
      f32.load
      f32.mul
      f32.add
      f32.add
     else
      local.get $12
     end
     local.get $23
     f32x4.extract_lane 3
     f32.add
     f32.add
     local.set $5
     local.get $21
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.get $32
     if (result f32)
      local.get $5
      f32.const 1
      local.get $33
      f32.convert_i32_s
      f32.div
      f32.mul
     else
      local.get $5
     end
     f32x4.replace_lane 0
     v128.store
     br $assembly/forward/accumulateLayer<f32>|inlined.0
    end
    local.get $15
    local.get $1
    i32.sub
    i32.const 4
    i32.shr_u
    local.tee $4
    i32.const 1
    i32.eq
    if
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $25
     loop $for-loop|8
      local.get $13
      local.get $33
      i32.lt_s
      if
       local.get $25
       local.get $13
       i32.const 2
       i32.shl
       local.tee $4
       local.get $9
       i32.add
       i32.load
       local.get $1
       i32.add
       local.tee $34
       v128.load
       local.tee $22
       local.get $15
       local.get $34
       i32.add
       v128.load
       local.get $22
       f32x4.sub
       local.get $4
       local.get $10
       i32.add
       v128.load32_splat
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $25
       local.get $13
       i32.const 1
       i32.add
       local.set $13
       br $for-loop|8
      end
     end
     local.get $1
     local.get $21
     i32.add
     local.get $25
     local.get $40
     f32x4.mul
     local.get $25
     local.get $32
     select
     v128.store
    else
     local.get $4
     i32.const 2
     i32.eq
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $23
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $24
      i32.const 0
      local.set $4
      loop $for-loop|9
       local.get $4
       local.get $33
       i32.lt_s
       if
        local.get $4
        i32.const 2
        i32.shl
        local.tee $13
        local.get $9
        i32.add
        i32.load
        local.get $1
        i32.add
        local.tee $34
        local.get $15
        i32.add
        local.set $35
        local.get $23
        local.get $34
        v128.load
        local.tee $22
        local.get $35
        v128.load
        local.get $22
        f32x4.sub
        local.get $10
        local.get $13
        i32.add
        v128.load32_splat
        local.tee $22
        f32x4.mul
        f32x4.add
        f32x4.add
        local.set $23
        local.get $24
        local.get $34
        v128.load offset=16
        local.tee $24
        local.get $35
        v128.load offset=16
        local.get $24
        f32x4.sub
        local.get $22
        f32x4.mul
        f32x4.add
        f32x4.add
        local.set $24
        local.get $4
        i32.const 1
        i32.add
        local.set $4
        br $for-loop|9
       end
      end
      local.get $1
      local.get $21
      i32.add
      local.tee $1
      local.get $23
      local.get $40
      f32x4.mul
      local.get $23
      local.get $32
      select
      v128.store
      local.get $1
      local.get $24
      local.get $40
      f32x4.mul
      local.get $24
      local.get $32
      select
      v128.store offset=16
     else
      local.get $4
      i32.const 3
      i32.eq
      if
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $23
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $24
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $22
       i32.const 0
       local.set $4
       loop $for-loop|10
        local.get $4
        local.get $33
        i32.lt_s
        if
         local.get $4
         i32.const 2
         i32.shl
         local.tee $13
         local.get $9
         i32.add
         i32.load
         local.get $1
         i32.add
         local.tee $34
         local.get $15
         i32.add
         local.set $35
         local.get $23
         local.get $34
         v128.load
         local.tee $23
         local.get $35
         v128.load
         local.get $23
         f32x4.sub
         local.get $10
         local.get $13
         i32.add
         v128.load32_splat
         local.tee $25
         f32x4.mul
         f32x4.add
         f32x4.add
         local.set $23
         local.get $24
         local.get $34
         v128.load offset=16
         local.tee $24
         local.get $35
         v128.load offset=16
         local.get $24
         f32x4.sub
         local.get $25
         f32x4.mul
         f32x4.add
         f32x4.add
         local.set $24
         local.get $22
         local.get $34
         v128.load offset=32
         local.tee $22
         local.get $35
         v128.load offset=32
         local.get $22
         f32x4.sub
         local.get $25
         f32x4.mul
         f32x4.add
         f32x4.add
         local.set $22
         local.get $4
         i32.const 1
         i32.add
         local.set $4
         br $for-loop|10
        end
       end
       local.get $1
       local.get $21
       i32.add
       local.tee $1
       local.get $23
       local.get $40
       f32x4.mul
       local.get $23
       local.get $32
       select
       v128.store
       local.get $1
       local.get $24
       local.get $40
       f32x4.mul
       local.get $24
       local.get $32
       select
       v128.store offset=16
       local.get $1
       local.get $22
       local.get $40
       f32x4.mul
       local.get $22
       local.get $32
       select
       v128.store offset=32
      end
     end
    end
   end
   local.get $11
   local.set $15
   loop $for-loop|11
    local.get $15
    local.get $16
    i32.lt_s
    if
     local.get $19
     local.set $1
     local.get $14
     i32.load
     local.set $21
     i32.const 1
     local.set $13
     loop $for-loop|12
      local.get $13
      local.get $21
      i32.lt_s
      if
       local.get $14
       local.get $13
       i32.const 10
       i32.mul
       local.tee $4
       i32.const 11
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $32
       local.get $14
       local.get $4
       i32.const 10
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $33
       local.get $14
       local.get $4
       i32.const 12
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $34
       local.get $14
       local.get $4
       i32.const 13
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $35
       local.get $14
       local.get $4
       i32.const 6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $36
       i32.const 3
       i32.add
       i32.const -4
       i32.and
       i32.const 2
       i32.shl
       local.set $37
       local.get $14
       local.get $4
       i32.const 9
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $38
       local.get $14
       local.get $4
       i32.const 8
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.const 2
       i32.shl
       local.tee $39
       i32.mul
       local.set $42
       local.get $36
       i32.const -4
       i32.and
       local.set $4
       local.get $38
       i32.const 1
       i32.sub
       f32.convert_i32_s
       f32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $22
       local.get $38
       i32.const 2
       i32.sub
       f32.convert_i32_s
       f32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $25
       local.get $39
       i32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $40
       local.get $42
       i32.const 2
       i32.shl
       i32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $41
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $23
       local.get $33
       i32x4.splat
       v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
       local.get $42
       i32x4.splat
       i32x4.mul
       i32x4.add
       local.set $24
       i32.const 0
       local.set $11
       loop $for-loop|14
        local.get $4
        local.get $11
        i32.gt_s
        if
         local.get $11
         i32.const 2
         i32.shl
         local.tee $47
         local.get $32
         i32.add
         local.set $48
         local.get $23
         local.get $1
         local.get $47
         i32.add
         v128.load
         local.tee $43
         local.get $48
         v128.load
         local.tee $44
         f32x4.le
         local.get $43
         local.get $37
         local.get $48
         i32.add
         v128.load
         f32x4.ge
         v128.or
         v128.or
         local.set $23
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $43
         local.get $44
         f32x4.sub
         local.get $48
         local.get $37
         i32.const 3
         i32.mul
         i32.add
         v128.load
         f32x4.mul
         f32x4.pmax
         local.get $22
         f32x4.pmin
         local.tee $43
         f32x4.floor
         local.get $25
         f32x4.pmin
         local.set $44
         local.get $35
         local.get $47
         i32.add
         local.get $43
         local.get $44
         f32x4.sub
         v128.store
         local.get $24
         local.get $44
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         f32x4.add
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         i32x4.sub
         local.get $40
         i32x4.mul
         i32x4.add
         local.set $43
         local.get $24
         local.get $41
         i32x4.add
         local.set $24
         local.get $34
         local.get $47
         i32.add
         local.get $43
         v128.store
         local.get $11
         i32.const 4
         i32.add
         local.set $11
         br $for-loop|14
        end
       end
       local.get $23
       v128.any_true
       if
        i32.const 0
        local.set $11
        loop $for-loop|15
         local.get $4
         local.get $11
         i32.gt_s
         if
          local.get $11
          i32.const 2
          i32.shl
          local.tee $47
          local.get $32
          i32.add
          local.tee $48
          local.get $37
          i32.add
          f32.load
          local.set $5
          block $assembly/pl/adaptRange<f32>|inlined.2
           local.get $48
           f32.load
           local.tee $7
           local.get $1
           local.get $47
           i32.add
           f32.load
           local.tee $12
           f32.ge
           if
            local.get $12
            local.set $7
           else
            local.get $5
            local.get $12
            f32.le
            i32.eqz
            br_if $assembly/pl/adaptRange<f32>|inlined.2
            local.get $12
            local.set $5
           end
           local.get $48
           local.get $7
           local.get $5
           local.get $7
           f32.sub
           f32.const 0.009999999776482582
           f32.mul
           local.tee $7
           f32.sub
           local.tee $12
           f32.store
           local.get $37
           local.get $48
           i32.add
           local.get $5
           local.get $7
           f32.add
           local.tee $5
           f32.store
           local.get $48
           local.get $37
           i32.const 1
           i32.shl
           i32.add
           local.get $5
           local.get $12
           f32.sub
           local.get $38
           i32.const 1
           i32.sub
           f32.convert_i32_s
           f32.div
           local.tee $5
           f32.store
           local.get $48
           local.get $37
           i32.const 3
           i32.mul
           i32.add
           f32.const 1
           local.get $5
           f32.div
           f32.store
          end
          local.get $11
          i32.const 1
          i32.add
          local.set $11
          br $for-loop|15
         end
        end
        local.get $38
        i32.const 1
        i32.sub
        f32.convert_i32_s
        f32x4.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $22
        local.get $38
        i32.const 2
        i32.sub
        f32.convert_i32_s
        f32x4.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $24
        local.get $39
        i32x4.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $25
        local.get $38
        local.get $39
        i32.mul
        local.tee $11
        i32.const 2
        i32.shl
        i32x4.splat
        global.set $assembly/pl/invariant
        global.get $assembly/pl/invariant
        local.set $40
        local.get $33
        i32x4.splat
        v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
        local.get $11
        i32x4.splat
        i32x4.mul
        i32x4.add
        local.set $23
        i32.const 0
        local.set $11
        loop $for-loop|16
         local.get $4
         local.get $11
         i32.gt_s
         if
          local.get $11
          i32.const 2
          i32.shl
          local.tee $47
          local.get $32
          i32.add
          local.set $48
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $1
          local.get $47
          i32.add
          v128.load
          local.get $48
          v128.load
          f32x4.sub
          local.get $48
          local.get $37
          i32.const 3
          i32.mul
          i32.add
          v128.load
          f32x4.mul
          f32x4.pmax
          local.get $22
          f32x4.pmin
          local.tee $41
          f32x4.floor
          local.get $24
          f32x4.pmin
          local.set $43
          local.get $35
          local.get $47
          i32.add
          local.get $41
          local.get $43
          f32x4.sub
          v128.store
          local.get $23
          local.get $43
          v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
          f32x4.add
          v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
          i32x4.sub
          local.get $25
          i32x4.mul
          i32x4.add
          local.set $41
          local.get $23
          local.get $40
          i32x4.add
          local.set $23
          local.get $34
          local.get $47
          i32.add
          local.get $41
          v128.store
          local.get $11
          i32.const 4
          i32.add
          local.set $11
          br $for-loop|16
         end
        end
       end
       loop $for-loop|17
        local.get $4
        local.get $36
        i32.lt_s
        if
         local.get $4
         i32.const 2
         i32.shl
         local.tee $47
         local.get $1
         i32.add
         f32.load
         local.set $12
         local.get $32
         local.get $47
         i32.add
         local.tee $11
         f32.load
         local.set $5
         local.get $11
         local.get $37
         i32.add
         f32.load
         local.set $7
         block $assembly/pl/adaptRange<f32>|inlined.3
          local.get $5
          local.get $12
          f32.ge
          if
           local.get $12
           local.set $5
          else
           local.get $7
           local.get $12
           f32.le
           i32.eqz
           br_if $assembly/pl/adaptRange<f32>|inlined.3
           local.get $12
           local.set $7
          end
          local.get $11
          local.get $5
          local.get $7
          local.get $5
          f32.sub
          f32.const 0.009999999776482582
          f32.mul
          local.tee $5
          f32.sub
          local.tee $46
          f32.store
          local.get $11
          local.get $37
          i32.add
          local.get $7
          local.get $5
          f32.add
          local.tee $5
          f32.store
          local.get $11
          local.get $37
          i32.const 1
          i32.shl
          i32.add
          local.get $5
          local.get $46
          f32.sub
          local.get $38
          i32.const 1
          i32.sub
          f32.convert_i32_s
          f32.div
          local.tee $5
          f32.store
          local.get $11
          local.get $37
          i32.const 3
          i32.mul
          i32.add
          f32.const 1
          local.get $5
          f32.div
          f32.store
         end
         local.get $12
         local.get $32
         local.get $47
         i32.add
         local.tee $11
         f32.load
         f32.sub
         local.get $11
         local.get $37
         i32.const 3
         i32.mul
         i32.add
         f32.load
         f32.mul
         local.tee $7
         f32.const 0
         f32.lt
         if
          f32.const 0
          local.set $7
         end
         local.get $7
         local.get $38
         i32.const 1
         i32.sub
         f32.convert_i32_s
         local.tee $5
         f32.gt
         i32.eqz
         if
          local.get $7
          local.set $5
         end
         local.get $5
         i32.trunc_sat_f32_s
         local.tee $48
         local.get $38
         i32.const 2
         i32.sub
         local.tee $11
         i32.le_s
         if
          local.get $48
          local.set $11
         end
         local.get $34
         local.get $4
         i32.const 2
         i32.shl
         i32.add
         local.get $33
         local.get $4
         local.get $42
         i32.mul
         i32.add
         local.get $11
         local.get $39
         i32.mul
         i32.add
         i32.store
         local.get $35
         local.get $47
         i32.add
         local.get $5
         local.get $11
         f32.convert_i32_s
         f32.sub
         f32.store
         local.get $4
         i32.const 1
         i32.add
         local.set $4
         br $for-loop|17
        end
       end
       local.get $14
       local.get $13
       i32.const 10
       i32.mul
       local.tee $1
       i32.const 8
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.const 2
       i32.shl
       local.set $11
       local.get $14
       local.get $1
       i32.const 14
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $32
       local.get $14
       i32.load offset=4
       i32.const 0
       i32.ne
       local.set $33
       f32.const 1
       local.get $14
       local.get $1
       i32.const 6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $36
       f32.convert_i32_s
       f32.div
       f32x4.splat
       local.set $40
       i32.const 0
       local.set $1
       loop $for-loop|18
        local.get $1
        i32.const -64
        i32.sub
        local.get $11
        i32.le_u
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $25
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $24
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $22
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $23
         i32.const 0
         local.set $4
         loop $for-loop|19
          local.get $4
          local.get $36
          i32.lt_s
          if
           local.get $4
           i32.const 2
           i32.shl
           local.tee $37
           local.get $34
           i32.add
           i32.load
           local.get $1
           i32.add
           local.tee $38
           local.get $11
           i32.add
           local.set $39
           local.get $25
           local.get $38
           v128.load
           local.tee $25
           local.get $39
           v128.load
           local.get $25
           f32x4.sub
           local.get $35
           local.get $37
           i32.add
           v128.load32_splat
           local.tee $41
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $25
           local.get $24
           local.get $38
           v128.load offset=16
           local.tee $24
           local.get $39
           v128.load offset=16
           local.get $24
           f32x4.sub
           local.get $41
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $24
           local.get $22
           local.get $38
           v128.load offset=32
           local.tee $22
           local.get $39
           v128.load offset=32
           local.get $22
           f32x4.sub
           local.get $41
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $22
           local.get $23
           local.get $38
           v128.load offset=48
           local.tee $23
           local.get $39
           v128.load offset=48
           local.get $23
           f32x4.sub
           local.get $41
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $23
           local.get $4
           i32.const 1
           i32.add
           local.set $4
           br $for-loop|19
          end
         end
         local.get $1
         local.get $32
         i32.add
         local.tee $4
         local.get $25
         local.get $40
         f32x4.mul
         local.get $25
         local.get $33
         select
         v128.store
         local.get $4
         local.get $24
         local.get $40
         f32x4.mul
         local.get $24
         local.get $33
         select
         v128.store offset=16
         local.get $4
         local.get $22
         local.get $40
         f32x4.mul
         local.get $22
         local.get $33
         select
         v128.store offset=32
         local.get $4
         local.get $23
         local.get $40
         f32x4.mul
         local.get $23
         local.get $33
         select
         v128.store offset=48
         local.get $1
         i32.const -64
         i32.sub
         local.set $1
         br $for-loop|18
        end
       end
       block $assembly/forward/accumulateLayer<f32>|inlined.1
        local.get $14
        local.get $13
        i32.const 10
        i32.mul
        i32.const 7
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        i32.const 1
        i32.eq
        if
         local.get $36
         i32.const -4
         i32.and
         local.set $4
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $23
         i32.const 0
         local.set $1
         loop $for-loop|20
          local.get $1
          local.get $4
          i32.lt_s
          if
           local.get $23
           local.get $1
           i32.const 2
           i32.shl
           local.tee $11
           local.get $34
           i32.add
           local.tee $37
           i32.load offset=4
           local.get $37
           i32.load
           v128.load64_zero
           v128.load64_lane 1
           local.tee $22
           local.get $37
           i32.load offset=12
           local.get $37
           i32.load offset=8
           v128.load64_zero
           v128.load64_lane 1
           local.tee $23
           i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
           local.tee $24
           local.get $22
           local.get $23
           i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
           local.get $24
           f32x4.sub
           local.get $11
           local.get $35
           i32.add
           v128.load
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $23
           local.get $1
           i32.const 4
           i32.add
           local.set $1
           br $for-loop|20
          end
         end
         local.get $23
         f32x4.extract_lane 0
         local.set $5
         local.get $23
         f32x4.extract_lane 1
         local.set $7
         local.get $23
         f32x4.extract_lane 2
         local.set $12
         local.get $1
         local.get $36
         i32.lt_s
         if (result f32)
          local.get $5
          local.get $1
          i32.const 2
          i32.shl
          local.tee $4
          local.get $34
          i32.add
          i32.load
          local.tee $11
          f32.load
          local.tee $5
          local.get $11
          f32.load offset=4
          local.get $5
          f32.sub
          local.get $4
          local.get $35
          i32.add
          f32.load
          f32.mul
          f32.add
          f32.add
         else
          local.get $5
         end
         local.get $1
         i32.const 1
         i32.add
         local.tee $4
         local.get $36
         i32.lt_s
         if (result f32)
          local.get $7
          local.get $4
          i32.const 2
          i32.shl
          local.tee $4
          local.get $34
          i32.add
          i32.load
          local.tee $11
          f32.load
          local.tee $5
          local.get $11
          f32.load offset=4
          local.get $5
          f32.sub
          local.get $4
          local.get $35
          i32.add
          f32.load
          f32.mul
          f32.add
          f32.add
         else
          local.get $7
         end
         f32.add
         local.get $1
         i32.const 2
         i32.add
         local.tee $1
         local.get $36
         i32.lt_s
         if (result f32)
          local.get $12
          local.get $1
          i32.const 2
          i32.shl
          local.tee $1
          local.get $34
          i32.add
          i32.load
          local.tee $4
          f32.load
          local.tee $5
          local.get $4
          f32.load offset=4
          local.get $5
          f32.sub
          local.get $1
          local.get $35
          i32.add
          f32.load
          f32.mul
          f32.add
          f32.add
         else
          local.get $12
         end
         local.get $23
         f32x4.extract_lane 3
         f32.add
         f32.add
         local.set $5
         local.get $32
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $33
         if (result f32)
          local.get $5
          f32.const 1
          local.get $36
          f32.convert_i32_s
          f32.div
          f32.mul
         else
          local.get $5
         end
         f32x4.replace_lane 0
         v128.store
         br $assembly/forward/accumulateLayer<f32>|inlined.1
        end
        local.get $11
        local.get $1
        i32.sub
        i32.const 4
        i32.shr_u
        local.tee $4
        i32.const 1
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $25
         i32.const 0
         local.set $4
         loop $for-loop|21
          local.get $4
          local.get $36
          i32.lt_s
          if
           local.get $25
           local.get $4
           i32.const 2
           i32.shl
           local.tee $37
           local.get $34
           i32.add
           i32.load
           local.get $1
           i32.add
           local.tee $38
           v128.load
           local.tee $22
           local.get $11
           local.get $38
           i32.add
           v128.load
           local.get $22
           f32x4.sub
           local.get $35
           local.get $37
           i32.add
           v128.load32_splat
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $25
           local.get $4
           i32.const 1
           i32.add
           local.set $4
           br $for-loop|21
          end
         end
         local.get $1
         local.get $32
         i32.add
         local.get $25
         local.get $40
         f32x4.mul
         local.get $25
         local.get $33
         select
         v128.store
        else
         local.get $4
         i32.const 2
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $23
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          i32.const 0
          local.set $4
          loop $for-loop|22
           local.get $4
           local.get $36
           i32.lt_s
           if
            local.get $4
            i32.const 2
            i32.shl
            local.tee $37
            local.get $34
            i32.add
            i32.load
            local.get $1
            i32.add
            local.tee $38
            local.get $11
            i32.add
            local.set $39
            local.get $23
            local.get $38
            v128.load
            local.tee $22
            local.get $39
            v128.load
            local.get $22
            f32x4.sub
            local.get $35
            local.get $37
            i32.add
            v128.load32_splat
            local.tee $22
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $23
            local.get $24
            local.get $38
            v128.load offset=16
            local.tee $24
            local.get $39
            v128.load offset=16
            local.get $24
            f32x4.sub
            local.get $22
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $24
            local.get $4
            i32.const 1
            i32.add
            local.set $4
            br $for-loop|22
           end
          end
          local.get $1
          local.get $32
          i32.add
          local.tee $1
          local.get $23
          local.get $40
          f32x4.mul
          local.get $23
          local.get $33
          select
          v128.store
          local.get $1
          local.get $24
          local.get $40
          f32x4.mul
          local.get $24
          local.get $33
          select
          v128.store offset=16
         else
          local.get $4
          i32.const 3
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $23
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $24
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $22
           i32.const 0
           local.set $4
           loop $for-loop|23
            local.get $4
            local.get $36
            i32.lt_s
            if
             local.get $4
             i32.const 2
             i32.shl
             local.tee $37
             local.get $34
             i32.add
             i32.load
             local.get $1
             i32.add
             local.tee $38
             local.get $11
             i32.add
             local.set $39
             local.get $23
             local.get $38
             v128.load
             local.tee $23
             local.get $39
             v128.load
             local.get $23
             f32x4.sub
             local.get $35
             local.get $37
             i32.add
             v128.load32_splat
             local.tee $25
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $23
             local.get $24
             local.get $38
             v128.load offset=16
             local.tee $24
             local.get $39
             v128.load offset=16
             local.get $24
             f32x4.sub
             local.get $25
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $24
             local.get $22
             local.get $38
             v128.load offset=32
             local.tee $22
             local.get $39
             v128.load offset=32
             local.get $22
             f32x4.sub
             local.get $25
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $22
             local.get $4
             i32.const 1
             i32.add
             local.set $4
             br $for-loop|23
            end
           end
           local.get $1
           local.get $32
           i32.add
           local.tee $1
           local.get $23
           local.get $40
           f32x4.mul
           local.get $23
           local.get $33
           select
           v128.store
           local.get $1
           local.get $24
           local.get $40
           f32x4.mul
           local.get $24
           local.get $33
           select
           v128.store offset=16
           local.get $1
           local.get $22
           local.get $40
           f32x4.mul
           local.get $22
           local.get $33
           select
           v128.store offset=32
          end
         end
        end
       end
       local.get $14
       local.get $13
       i32.const 10
       i32.mul
       i32.const 14
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $1
       local.get $13
       i32.const 1
       i32.add
       local.set $13
       br $for-loop|12
      end
     end
     local.get $17
     local.get $15
     local.get $26
     i32.mul
     i32.const 2
     i32.shl
     i32.add
     local.set $4
     i32.const 1
     local.set $21
     i32.const 0
     local.set $1
     loop $for-loop|27
      local.get $1
      local.get $26
      i32.lt_u
      if
       local.get $4
       local.get $1
       i32.const 2
       i32.shl
       local.tee $11
       i32.add
       f32.load
       local.get $11
       local.get $29
       i32.add
       f32.load
       f32.sub
       local.set $5
       local.get $11
       local.get $30
       i32.add
       local.get $18
       local.get $5
       f32.mul
       f32.store
       local.get $21
       local.get $5
       f32.abs
       local.get $6
       f32.lt
       i32.and
       local.set $21
       local.get $1
       i32.const 1
       i32.add
       local.set $1
       br $for-loop|27
      end
     end
     local.get $21
     i32.eqz
     if
      local.get $28
      i32.const 1
      i32.sub
      local.set $11
      loop $for-loop|28
       local.get $11
       i32.const 0
       i32.gt_s
       if
        local.get $14
        local.get $11
        i32.const 10
        i32.mul
        local.tee $1
        i32.const 12
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $32
        local.get $14
        local.get $1
        i32.const 13
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $33
        local.get $14
        local.get $1
        i32.const 5
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $34
        local.get $14
        local.get $1
        i32.const 8
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        i32.const 2
        i32.shl
        local.set $35
        local.get $14
        local.get $1
        i32.const 15
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $36
        local.get $14
        local.get $1
        i32.const 11
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.get $14
        local.get $1
        i32.const 6
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.tee $37
        i32.const 3
        i32.add
        i32.const -4
        i32.and
        i32.const 12
        i32.mul
        i32.add
        local.set $38
        block $assembly/nk/updateLayerAt<f32>|inlined.0
         local.get $14
         local.get $1
         i32.const 7
         i32.add
         i32.const 2
         i32.shl
         i32.add
         i32.load
         i32.const 1
         i32.eq
         if
          local.get $37
          i32.const -4
          i32.and
          local.set $4
          local.get $36
          v128.load32_splat
          local.set $22
          i32.const 0
          local.set $1
          local.get $34
          if
           loop $for-loop|29
            local.get $1
            local.get $4
            i32.lt_s
            if
             local.get $1
             i32.const 2
             i32.shl
             local.tee $13
             local.get $32
             i32.add
             local.tee $35
             i32.load
             local.set $39
             local.get $35
             i32.load offset=4
             local.tee $42
             local.get $39
             v128.load64_zero
             v128.load64_lane 1
             local.tee $23
             local.get $35
             i32.load offset=12
             local.tee $47
             local.get $35
             i32.load offset=8
             local.tee $35
             v128.load64_zero
             v128.load64_lane 1
             local.tee $24
             i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
             local.set $25
             local.get $23
             local.get $24
             i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
             local.set $23
             local.get $34
             if
              local.get $13
              local.get $34
              i32.add
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $22
              local.get $23
              local.get $25
              f32x4.sub
              f32x4.mul
              f32x4.add
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.add
              local.get $13
              local.get $38
              i32.add
              v128.load
              f32x4.mul
              v128.store
             end
             local.get $39
             local.get $25
             local.get $22
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             local.get $13
             local.get $33
             i32.add
             v128.load
             local.tee $24
             f32x4.sub
             f32x4.mul
             f32x4.add
             local.tee $25
             local.get $23
             local.get $22
             local.get $24
             f32x4.mul
             f32x4.add
             local.tee $23
             i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
             local.tee $24
             v128.store64_lane 0
             local.get $42
             local.get $24
             v128.store64_lane 1
             local.get $35
             local.get $25
             local.get $23
             i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
             local.tee $23
             v128.store64_lane 0
             local.get $47
             local.get $23
             v128.store64_lane 1
             local.get $1
             i32.const 4
             i32.add
             local.set $1
             br $for-loop|29
            end
           end
          else
           loop $for-loop|30
            local.get $1
            local.get $4
            i32.lt_s
            if
             local.get $1
             i32.const 2
             i32.shl
             local.tee $13
             local.get $32
             i32.add
             local.tee $35
             i32.load
             local.tee $39
             local.get $35
             i32.load offset=4
             local.tee $42
             local.get $39
             v128.load64_zero
             v128.load64_lane 1
             local.tee $23
             local.get $35
             i32.load offset=12
             local.tee $39
             local.get $35
             i32.load offset=8
             local.tee $35
             v128.load64_zero
             v128.load64_lane 1
             local.tee $24
             i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
             local.get $22
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             local.get $13
             local.get $33
             i32.add
             v128.load
             local.tee $25
             f32x4.sub
             f32x4.mul
             f32x4.add
             local.tee $40
             local.get $23
             local.get $24
             i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
             local.get $22
             local.get $25
             f32x4.mul
             f32x4.add
             local.tee $23
             i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
             local.tee $24
             v128.store64_lane 0
             local.get $42
             local.get $24
             v128.store64_lane 1
             local.get $35
             local.get $40
             local.get $23
             i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
             local.tee $23
             v128.store64_lane 0
             local.get $39
             local.get $23
             v128.store64_lane 1
             local.get $1
             i32.const 4
             i32.add
             local.set $1
             br $for-loop|30
            end
           end
          end
          local.get $36
          f32.load
          local.set $5
          loop $for-loop|31
           local.get $1
           local.get $37
           i32.lt_s
           if
            local.get $1
            i32.const 2
            i32.shl
            local.tee $4
            local.get $32
            i32.add
            i32.load
            local.tee $13
            f32.load
            local.set $7
            local.get $13
            f32.load offset=4
            local.set $12
            local.get $34
            if
             local.get $4
             local.get $34
             i32.add
             local.get $5
             local.get $12
             local.get $7
             f32.sub
             f32.mul
             f32.const 0
             f32.add
             local.get $4
             local.get $38
             i32.add
             f32.load
             f32.mul
             f32.store
            end
            local.get $13
            local.get $7
            local.get $5
            f32.const 1
            local.get $4
            local.get $33
            i32.add
            f32.load
            local.tee $7
            f32.sub
            f32.mul
            f32.add
            f32.store
            local.get $13
            local.get $12
            local.get $5
            local.get $7
            f32.mul
            f32.add
            f32.store offset=4
            local.get $1
            i32.const 1
            i32.add
            local.set $1
            br $for-loop|31
           end
          end
          br $assembly/nk/updateLayerAt<f32>|inlined.0
         end
         local.get $35
         i32.const 16
         i32.eq
         local.get $34
         i32.const 0
         i32.ne
         i32.and
         if
          local.get $36
          v128.load
          local.set $22
          i32.const 0
          local.set $1
          loop $for-loop|32
           local.get $1
           local.get $37
           i32.lt_s
           if
            local.get $1
            i32.const 2
            i32.shl
            local.tee $4
            local.get $32
            i32.add
            i32.load
            local.tee $13
            v128.load
            local.set $23
            local.get $13
            v128.load offset=16
            local.set $24
            local.get $13
            local.get $23
            local.get $22
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            local.get $4
            local.get $33
            i32.add
            v128.load32_splat
            local.tee $25
            f32x4.sub
            f32x4.mul
            f32x4.add
            v128.store
            local.get $13
            local.get $24
            local.get $22
            local.get $25
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $4
            local.get $34
            i32.add
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.get $22
            local.get $24
            local.get $23
            f32x4.sub
            f32x4.mul
            f32x4.add
            local.tee $23
            f32x4.extract_lane 0
            local.get $23
            f32x4.extract_lane 1
            f32.add
            local.get $23
            f32x4.extract_lane 2
            local.get $23
            f32x4.extract_lane 3
            f32.add
            f32.add
            local.get $4
            local.get $38
            i32.add
            f32.load
            f32.mul
            f32.store
            local.get $1
            i32.const 1
            i32.add
            local.set $1
            br $for-loop|32
           end
          end
          br $assembly/nk/updateLayerAt<f32>|inlined.0
         end
         i32.const 0
         local.set $13
         loop $for-loop|33
          local.get $13
          local.get $37
          i32.lt_s
          if
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           local.get $13
           i32.const 2
           i32.shl
           local.tee $1
           local.get $33
           i32.add
           v128.load32_splat
           local.tee $22
           f32x4.sub
           local.set $24
           local.get $1
           local.get $32
           i32.add
           i32.load
           local.set $39
           local.get $34
           if
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $23
            i32.const 0
            local.set $1
            loop $for-loop|34
             local.get $1
             local.get $35
             i32.lt_u
             if
              local.get $23
              local.get $1
              local.get $36
              i32.add
              v128.load
              local.tee $25
              local.get $1
              local.get $39
              i32.add
              local.tee $4
              local.get $35
              i32.add
              local.tee $42
              v128.load
              local.tee $40
              local.get $4
              v128.load
              local.tee $41
              f32x4.sub
              f32x4.mul
              f32x4.add
              local.set $23
              local.get $4
              local.get $41
              local.get $25
              local.get $24
              f32x4.mul
              f32x4.add
              v128.store
              local.get $42
              local.get $40
              local.get $25
              local.get $22
              f32x4.mul
              f32x4.add
              v128.store
              local.get $1
              i32.const 16
              i32.add
              local.set $1
              br $for-loop|34
             end
            end
            local.get $13
            i32.const 2
            i32.shl
            local.tee $1
            local.get $34
            i32.add
            local.get $23
            f32x4.extract_lane 0
            local.get $23
            f32x4.extract_lane 1
            f32.add
            local.get $23
            f32x4.extract_lane 2
            local.get $23
            f32x4.extract_lane 3
            f32.add
            f32.add
            local.get $1
            local.get $38
            i32.add
            f32.load
            f32.mul
            f32.store
           else
            i32.const 0
            local.set $1
            loop $for-loop|35
             local.get $1
             i32.const -64
             i32.sub
             local.tee $4
             local.get $35
             i32.le_u
             if
              local.get $1
              local.get $39
              i32.add
              local.tee $42
              local.get $42
              v128.load
              local.get $1
              local.get $36
              i32.add
              local.tee $1
              v128.load
              local.tee $23
              local.get $24
              f32x4.mul
              f32x4.add
              v128.store
              local.get $35
              local.get $42
              i32.add
              local.tee $47
              local.get $47
              v128.load
              local.get $23
              local.get $22
              f32x4.mul
              f32x4.add
              v128.store
              local.get $42
              i32.const 16
              i32.add
              local.tee $47
              local.get $47
              v128.load
              local.get $1
              v128.load offset=16
              local.tee $23
              local.get $24
              f32x4.mul
              f32x4.add
              v128.store
              local.get $35
              local.get $47
              i32.add
              local.tee $47
              local.get $47
              v128.load
              local.get $23
              local.get $22
              f32x4.mul
              f32x4.add
              v128.store
              local.get $42
              i32.const 32
              i32.add
              local.tee $47
              local.get $47
              v128.load
              local.get $1
              v128.load offset=32
              local.tee $23
              local.get $24
              f32x4.mul
              f32x4.add
              v128.store
              local.get $35
              local.get $47
              i32.add
              local.tee $47
              local.get $47
              v128.load
              local.get $23
              local.get $22
              f32x4.mul
              f32x4.add
              v128.store
              local.get $42
              i32.const 48
              i32.add
              local.tee $42
              local.get $42
              v128.load
              local.get $1
              v128.load offset=48
              local.tee $23
              local.get $24
              f32x4.mul
              f32x4.add
              v128.store
              local.get $35
              local.get $42
              i32.add
              local.tee $1
              local.get $1
              v128.load
              local.get $23
              local.get $22
              f32x4.mul
              f32x4.add
              v128.store
              local.get $4
              local.set $1
              br $for-loop|35
             end
            end
            loop $for-loop|36
             local.get $1
             local.get $35
             i32.lt_u
             if
              local.get $1
              local.get $39
              i32.add
              local.tee $4
              local.get $4
              v128.load
              local.get $1
              local.get $36
              i32.add
              v128.load
              local.tee $23
              local.get $24
              f32x4.mul
              f32x4.add
              v128.store
              local.get $4
              local.get $35
              i32.add
              local.tee $4
              local.get $4
              v128.load
              local.get $23
              local.get $22
              f32x4.mul
              f32x4.add
              v128.store
              local.get $1
              i32.const 16
              i32.add
              local.set $1
              br $for-loop|36
             end
            end
           end
           local.get $13
           i32.const 1
           i32.add
           local.set $13
           br $for-loop|33
          end
         end
        end
        local.get $11
        i32.const 1
        i32.sub
        local.set $11
        br $for-loop|28
       end
      end
     end
     local.get $15
     i32.const 1
     i32.add
     local.tee $1
     local.get $16
     i32.lt_s
     if
      local.get $14
      i32.load offset=44
      local.set $32
      local.get $14
      i32.load offset=40
      local.set $33
      local.get $20
      local.get $1
      local.get $31
      i32.mul
      i32.add
      local.set $34
      local.get $8
      i32.const 0
      local.get $27
      select
      local.set $35
      local.get $14
      i32.load offset=24
      local.tee $36
      i32.const 3
      i32.add
      i32.const -4
      i32.and
      i32.const 2
      i32.shl
      local.set $37
      local.get $14
      i32.load offset=36
      local.tee $38
      local.get $14
      i32.load offset=32
      i32.const 2
      i32.shl
      local.tee $39
      i32.mul
      local.set $42
      local.get $36
      i32.const -4
      i32.and
      local.set $1
      local.get $38
      i32.const 1
      i32.sub
      f32.convert_i32_s
      f32x4.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $22
      local.get $38
      i32.const 2
      i32.sub
      f32.convert_i32_s
      f32x4.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $25
      local.get $39
      i32x4.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $40
      local.get $42
      i32.const 2
      i32.shl
      i32x4.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $41
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $23
      local.get $33
      i32x4.splat
      v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
      local.get $42
      i32x4.splat
      i32x4.mul
      i32x4.add
      local.set $24
      i32.const 0
      local.set $11
      loop $for-loop|38
       local.get $1
       local.get $11
       i32.gt_s
       if
        local.get $11
        i32.const 2
        i32.shl
        local.tee $4
        local.get $32
        i32.add
        local.set $13
        local.get $23
        local.get $4
        local.get $34
        i32.add
        v128.load
        local.tee $43
        local.get $13
        v128.load
        local.tee $44
        f32x4.le
        local.get $43
        local.get $13
        local.get $37
        i32.add
        v128.load
        f32x4.ge
        v128.or
        v128.or
        local.set $23
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $43
        local.get $44
        f32x4.sub
        local.get $13
        local.get $37
        i32.const 3
        i32.mul
        i32.add
        v128.load
        f32x4.mul
        f32x4.pmax
        local.get $22
        f32x4.pmin
        local.tee $43
        f32x4.floor
        local.get $25
        f32x4.pmin
        local.set $44
        local.get $3
        local.get $4
        i32.add
        local.get $43
        local.get $44
        f32x4.sub
        local.tee $43
        v128.store
        local.get $24
        local.get $44
        v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
        f32x4.add
        v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
        i32x4.sub
        local.get $40
        i32x4.mul
        i32x4.add
        local.set $44
        local.get $24
        local.get $41
        i32x4.add
        local.set $24
        local.get $2
        local.get $4
        i32.add
        local.get $44
        v128.store
        local.get $35
        if
         local.get $35
         local.get $11
         i32.const 48
         i32.mul
         i32.add
         local.tee $4
         local.get $44
         v128.store32_lane 0
         local.get $4
         local.get $43
         local.get $43
         i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
         v128.store offset=16
         local.get $4
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         local.get $43
         f32x4.sub
         local.tee $45
         local.get $45
         i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
         v128.store offset=32
         local.get $4
         i32.const 48
         i32.add
         local.get $44
         v128.store32_lane 1
         local.get $4
         local.get $43
         local.get $43
         i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
         v128.store offset=64
         local.get $4
         local.get $45
         local.get $45
         i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
         v128.store offset=80
         local.get $4
         i32.const 96
         i32.add
         local.get $44
         v128.store32_lane 2
         local.get $4
         local.get $43
         local.get $43
         i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
         v128.store offset=112
         local.get $4
         local.get $45
         local.get $45
         i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
         v128.store offset=128
         local.get $4
         i32.const 144
         i32.add
         local.get $44
         v128.store32_lane 3
         local.get $4
         local.get $43
         local.get $43
         i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
         v128.store offset=160
         local.get $4
         local.get $45
         local.get $45
         i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
         v128.store offset=176
        end
        local.get $11
        i32.const 4
        i32.add
        local.set $11
        br $for-loop|38
       end
      end
      local.get $23
      v128.any_true
      if
       i32.const 0
       local.set $13
       loop $for-loop|39
        local.get $1
        local.get $13
        i32.gt_s
        if
         local.get $13
         i32.const 2
         i32.shl
         local.tee $4
         local.get $32
         i32.add
         local.tee $11
         local.get $37
         i32.add
         f32.load
         local.set $5
         block $assembly/pl/adaptRange<f32>|inlined.4
          local.get $11
          f32.load
          local.tee $7
          local.get $4
          local.get $34
          i32.add
          f32.load
          local.tee $12
          f32.ge
          if
           local.get $12
           local.set $7
          else
           local.get $5
           local.get $12
           f32.le
           i32.eqz
           br_if $assembly/pl/adaptRange<f32>|inlined.4
           local.get $12
           local.set $5
          end
          local.get $11
          local.get $7
          local.get $5
          local.get $7
          f32.sub
          f32.const 0.009999999776482582
          f32.mul
          local.tee $7
          f32.sub
          local.tee $12
          f32.store
          local.get $11
          local.get $37
          i32.add
          local.get $5
          local.get $7
          f32.add
          local.tee $5
          f32.store
          local.get $11
          local.get $37
          i32.const 1
          i32.shl
          i32.add
          local.get $5
          local.get $12
          f32.sub
          local.get $38
          i32.const 1
          i32.sub
          f32.convert_i32_s
          f32.div
          local.tee $5
          f32.store
          local.get $11
          local.get $37
          i32.const 3
          i32.mul
          i32.add
          f32.const 1
          local.get $5
          f32.div
          f32.store
         end
         local.get $13
         i32.const 1
         i32.add
         local.set $13
         br $for-loop|39
        end
       end
       local.get $38
       i32.const 1
       i32.sub
       f32.convert_i32_s
       f32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $22
       local.get $38
       i32.const 2
       i32.sub
       f32.convert_i32_s
       f32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $24
       local.get $39
       i32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $25
       local.get $38
       local.get $39
       i32.mul
       local.tee $4
       i32.const 2
       i32.shl
       i32x4.splat
       global.set $assembly/pl/invariant
       global.get $assembly/pl/invariant
       local.set $40
       local.get $33
       i32x4.splat
       v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
       local.get $4
       i32x4.splat
       i32x4.mul
       i32x4.add
       local.set $23
       i32.const 0
       local.set $11
       loop $for-loop|40
        local.get $1
        local.get $11
        i32.gt_s
        if
         local.get $11
         i32.const 2
         i32.shl
         local.tee $4
         local.get $32
         i32.add
         local.set $13
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $4
         local.get $34
         i32.add
         v128.load
         local.get $13
         v128.load
         f32x4.sub
         local.get $13
         local.get $37
         i32.const 3
         i32.mul
         i32.add
         v128.load
         f32x4.mul
         f32x4.pmax
         local.get $22
         f32x4.pmin
         local.tee $41
         f32x4.floor
         local.get $24
         f32x4.pmin
         local.set $43
         local.get $3
         local.get $4
         i32.add
         local.get $41
         local.get $43
         f32x4.sub
         local.tee $41
         v128.store
         local.get $23
         local.get $43
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         f32x4.add
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         i32x4.sub
         local.get $25
         i32x4.mul
         i32x4.add
         local.set $43
         local.get $23
         local.get $40
         i32x4.add
         local.set $23
         local.get $2
         local.get $4
         i32.add
         local.get $43
         v128.store
         local.get $35
         if
          local.get $35
          local.get $11
          i32.const 48
          i32.mul
          i32.add
          local.tee $4
          local.get $43
          v128.store32_lane 0
          local.get $4
          local.get $41
          local.get $41
          i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
          v128.store offset=16
          local.get $4
          v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
          local.get $41
          f32x4.sub
          local.tee $44
          local.get $44
          i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
          v128.store offset=32
          local.get $4
          i32.const 48
          i32.add
          local.get $43
          v128.store32_lane 1
          local.get $4
          local.get $41
          local.get $41
          i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
          v128.store offset=64
          local.get $4
          local.get $44
          local.get $44
          i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
          v128.store offset=80
          local.get $4
          i32.const 96
          i32.add
          local.get $43
          v128.store32_lane 2
          local.get $4
          local.get $41
          local.get $41
          i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
          v128.store offset=112
          local.get $4
          local.get $44
          local.get $44
          i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
          v128.store offset=128
          local.get $4
          i32.const 144
          i32.add
          local.get $43
          v128.store32_lane 3
          local.get $4
          local.get $41
          local.get $41
          i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
          v128.store offset=160
          local.get $4
          local.get $44
          local.get $44
          i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
          v128.store offset=176
         end
         local.get $11
         i32.const 4
         i32.add
         local.set $11
         br $for-loop|40
        end
       end
      end
      loop $for-loop|41
       local.get $1
       local.get $36
       i32.lt_s
       if
        local.get $1
        i32.const 2
        i32.shl
        local.tee $11
        local.get $34
        i32.add
        f32.load
        local.set $12
        local.get $11
        local.get $32
        i32.add
        local.tee $4
        f32.load
        local.set $5
        local.get $4
        local.get $37
        i32.add
        f32.load
        local.set $7
        block $assembly/pl/adaptRange<f32>|inlined.5
         local.get $5
         local.get $12
         f32.ge
         if
          local.get $12
          local.set $5
         else
          local.get $7
          local.get $12
          f32.le
          i32.eqz
          br_if $assembly/pl/adaptRange<f32>|inlined.5
          local.get $12
          local.set $7
         end
         local.get $4
         local.get $5
         local.get $7
         local.get $5
         f32.sub
         f32.const 0.009999999776482582
         f32.mul
         local.tee $5
         f32.sub
         local.tee $46
         f32.store
         local.get $4
         local.get $37
         i32.add
         local.get $7
         local.get $5
         f32.add
         local.tee $5
         f32.store
         local.get $4
         local.get $37
         i32.const 1
         i32.shl
         i32.add
         local.get $5
         local.get $46
         f32.sub
         local.get $38
         i32.const 1
         i32.sub
         f32.convert_i32_s
         f32.div
         local.tee $5
         f32.store
         local.get $4
         local.get $37
         i32.const 3
         i32.mul
         i32.add
         f32.const 1
         local.get $5
         f32.div
         f32.store
        end
        local.get $12
        local.get $11
        local.get $32
        i32.add
        local.tee $4
        f32.load
        f32.sub
        local.get $4
        local.get $37
        i32.const 3
        i32.mul
        i32.add
        f32.load
        f32.mul
        local.tee $7
        f32.const 0
        f32.lt
        if
         f32.const 0
         local.set $7
        end
        local.get $7
        local.get $38
        i32.const 1
        i32.sub
        f32.convert_i32_s
        local.tee $5
        f32.gt
        i32.eqz
        if
         local.get $7
         local.set $5
        end
        local.get $5
        i32.trunc_sat_f32_s
        local.tee $13
        local.get $38
        i32.const 2
        i32.sub
        local.tee $4
        i32.le_s
        if
         local.get $13
         local.set $4
        end
        local.get $2
        local.get $1
        i32.const 2
        i32.shl
        i32.add
        local.get $33
        local.get $1
        local.get $42
        i32.mul
        i32.add
        local.get $4
        local.get $39
        i32.mul
        i32.add
        local.tee $13
        i32.store
        local.get $3
        local.get $11
        i32.add
        local.get $5
        local.get $4
        f32.convert_i32_s
        f32.sub
        local.tee $5
        f32.store
        local.get $35
        local.get $1
        i32.const 48
        i32.mul
        i32.add
        i32.const 0
        local.get $35
        select
        local.tee $4
        if
         local.get $4
         local.get $13
         i32.store
         local.get $4
         local.get $5
         f32x4.splat
         v128.store offset=16
         local.get $4
         f32.const 1
         local.get $5
         f32.sub
         f32x4.splat
         v128.store offset=32
        end
        local.get $1
        i32.const 1
        i32.add
        local.set $1
        br $for-loop|41
       end
      end
      local.get $21
      if
       block $assembly/forward/accumulateLayer<f32>|inlined.2
        local.get $14
        i32.load offset=32
        i32.const 2
        i32.shl
        local.set $11
        local.get $14
        i32.load offset=56
        local.set $21
        local.get $14
        i32.load offset=4
        i32.const 0
        i32.ne
        local.set $32
        f32.const 1
        local.get $14
        i32.load offset=24
        local.tee $33
        f32.convert_i32_s
        f32.div
        f32x4.splat
        local.set $40
        i32.const 0
        local.set $1
        loop $for-loop|42
         local.get $1
         i32.const -64
         i32.sub
         local.get $11
         i32.le_u
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $25
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $22
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $23
          i32.const 0
          local.set $13
          loop $for-loop|43
           local.get $13
           local.get $33
           i32.lt_s
           if
            local.get $13
            i32.const 2
            i32.shl
            local.tee $4
            local.get $2
            i32.add
            i32.load
            local.get $1
            i32.add
            local.tee $34
            local.get $11
            i32.add
            local.set $35
            local.get $25
            local.get $34
            v128.load
            local.tee $25
            local.get $35
            v128.load
            local.get $25
            f32x4.sub
            local.get $3
            local.get $4
            i32.add
            v128.load32_splat
            local.tee $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $25
            local.get $24
            local.get $34
            v128.load offset=16
            local.tee $24
            local.get $35
            v128.load offset=16
            local.get $24
            f32x4.sub
            local.get $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $24
            local.get $22
            local.get $34
            v128.load offset=32
            local.tee $22
            local.get $35
            v128.load offset=32
            local.get $22
            f32x4.sub
            local.get $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $22
            local.get $23
            local.get $34
            v128.load offset=48
            local.tee $23
            local.get $35
            v128.load offset=48
            local.get $23
            f32x4.sub
            local.get $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $23
            local.get $13
            i32.const 1
            i32.add
            local.set $13
            br $for-loop|43
           end
          end
          local.get $1
          local.get $21
          i32.add
          local.tee $4
          local.get $25
          local.get $40
          f32x4.mul
          local.get $25
          local.get $32
          select
          v128.store
          local.get $4
          local.get $24
          local.get $40
          f32x4.mul
          local.get $24
          local.get $32
          select
          v128.store offset=16
          local.get $4
          local.get $22
          local.get $40
          f32x4.mul
          local.get $22
          local.get $32
          select
          v128.store offset=32
          local.get $4
          local.get $23
          local.get $40
          f32x4.mul
          local.get $23
          local.get $32
          select
          v128.store offset=48
          local.get $1
          i32.const -64
          i32.sub
          local.set $1
          br $for-loop|42
         end
        end
        local.get $14
        i32.load offset=28
        i32.const 1
        i32.eq
        if
         local.get $33
         i32.const -4
         i32.and
         local.set $4
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $23
         i32.const 0
         local.set $1
         loop $for-loop|44
          local.get $1
          local.get $4
          i32.lt_s
          if
           local.get $23
           local.get $1
           i32.const 2
           i32.shl
           local.tee $11
           local.get $2
           i32.add
           local.tee $13
           i32.load offset=4
           local.get $13
           i32.load
           v128.load64_zero
           v128.load64_lane 1
           local.tee $22
           local.get $13
           i32.load offset=12
           local.get $13
           i32.load offset=8
           v128.load64_zero
           v128.load64_lane 1
           local.tee $23
           i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
           local.tee $24
           local.get $22
           local.get $23
           i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
           local.get $24
           f32x4.sub
           local.get $3
           local.get $11
           i32.add
           v128.load
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $23
           local.get $1
           i32.const 4
           i32.add
           local.set $1
           br $for-loop|44
          end
         end
         local.get $23
         f32x4.extract_lane 0
         local.set $5
         local.get $23
         f32x4.extract_lane 1
         local.set $7
         local.get $23
         f32x4.extract_lane 2
         local.set $12
         local.get $1
         local.get $33
         i32.lt_s
         if (result f32)
          local.get $5
          local.get $1
          i32.const 2
          i32.shl
          local.tee $4
          local.get $2
          i32.add
          i32.load
          local.tee $11
          f32.load
          local.tee $5
          local.get $11
          f32.load offset=4
          local.get $5
          f32.sub
          local.get $3
          local.get $4
          i32.add
          f32.load
          f32.mul
          f32.add
          f32.add
         else
          local.get $5
         end
         local.get $1
         i32.const 1
         i32.add
         local.tee $4
         local.get $33
         i32.lt_s
         if (result f32)
          local.get $7
          local.get $4
          i32.const 2
          i32.shl
          local.tee $4
          local.get $2
          i32.add
          i32.load
          local.tee $11
          f32.load
          local.tee $5
          local.get $11
          f32.load offset=4
          local.get $5
          f32.sub
          local.get $3
          local.get $4
          i32.add
          f32.load
          f32.mul
          f32.add
          f32.add
         else
          local.get $7
         end
         f32.add
         local.get $1
         i32.const 2
         i32.add
         local.tee $1
         local.get $33
         i32.lt_s
         if (result f32)
          local.get $12
          local.get $1
          i32.const 2
          i32.shl
          local.tee $1
          local.get $2
          i32.add
          i32.load
          local.tee $4
          f32.load
          local.tee $5
          local.get $4
          f32.load offset=4
          local.get $5
          f32.sub
          local.get $1
          local.get $3
          i32.add
          f32.load
          f32.mul
          f32.add
          f32.add
         else
          local.get $12
         end
         local.get $23
         f32x4.extract_lane 3
         f32.add
         f32.add
         local.set $5
         local.get $21
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $32
         if (result f32)
          local.get $5
          f32.const 1
          local.get $33
          f32.convert_i32_s
          f32.div
          f32.mul
         else
          local.get $5
         end
         f32x4.replace_lane 0
         v128.store
         br $assembly/forward/accumulateLayer<f32>|inlined.2
        end
        local.get $11
        local.get $1
        i32.sub
        i32.const 4
        i32.shr_u
        local.tee $4
        i32.const 1
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $25
         i32.const 0
         local.set $4
         loop $for-loop|45
          local.get $4
          local.get $33
          i32.lt_s
          if
           local.get $25
           local.get $4
           i32.const 2
           i32.shl
           local.tee $13
           local.get $2
           i32.add
           i32.load
           local.get $1
           i32.add
           local.tee $34
           v128.load
           local.tee $22
           local.get $11
           local.get $34
           i32.add
           v128.load
           local.get $22
           f32x4.sub
           local.get $3
           local.get $13
           i32.add
           v128.load32_splat
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $25
           local.get $4
           i32.const 1
           i32.add
           local.set $4
           br $for-loop|45
          end
         end
         local.get $1
         local.get $21
         i32.add
         local.get $25
         local.get $40
         f32x4.mul
         local.get $25
         local.get $32
         select
         v128.store
        else
         local.get $4
         i32.const 2
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $23
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          i32.const 0
          local.set $13
          loop $for-loop|46
           local.get $13
           local.get $33
           i32.lt_s
           if
            local.get $13
            i32.const 2
            i32.shl
            local.tee $4
            local.get $2
            i32.add
            i32.load
            local.get $1
            i32.add
            local.tee $34
            local.get $11
            i32.add
            local.set $35
            local.get $23
            local.get $34
            v128.load
            local.tee $22
            local.get $35
            v128.load
            local.get $22
            f32x4.sub
            local.get $3
            local.get $4
            i32.add
            v128.load32_splat
            local.tee $22
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $23
            local.get $24
            local.get $34
            v128.load offset=16
            local.tee $24
            local.get $35
            v128.load offset=16
            local.get $24
            f32x4.sub
            local.get $22
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $24
            local.get $13
            i32.const 1
            i32.add
            local.set $13
            br $for-loop|46
           end
          end
          local.get $1
          local.get $21
          i32.add
          local.tee $1
          local.get $23
          local.get $40
          f32x4.mul
          local.get $23
          local.get $32
          select
          v128.store
          local.get $1
          local.get $24
          local.get $40
          f32x4.mul
          local.get $24
          local.get $32
          select
          v128.store offset=16
         else
          local.get $4
          i32.const 3
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $23
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $24
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $22
           i32.const 0
           local.set $13
           loop $for-loop|47
            local.get $13
            local.get $33
            i32.lt_s
            if
             local.get $13
             i32.const 2
             i32.shl
             local.tee $4
             local.get $2
             i32.add
             i32.load
             local.get $1
             i32.add
             local.tee $34
             local.get $11
             i32.add
             local.set $35
             local.get $23
             local.get $34
             v128.load
             local.tee $23
             local.get $35
             v128.load
             local.get $23
             f32x4.sub
             local.get $3
             local.get $4
             i32.add
             v128.load32_splat
             local.tee $25
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $23
             local.get $24
             local.get $34
             v128.load offset=16
             local.tee $24
             local.get $35
             v128.load offset=16
             local.get $24
             f32x4.sub
             local.get $25
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $24
             local.get $22
             local.get $34
             v128.load offset=32
             local.tee $22
             local.get $35
             v128.load offset=32
             local.get $22
             f32x4.sub
             local.get $25
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $22
             local.get $13
             i32.const 1
             i32.add
             local.set $13
             br $for-loop|47
            end
           end
           local.get $1
           local.get $21
           i32.add
           local.tee $1
           local.get $23
           local.get $40
           f32x4.mul
           local.get $23
           local.get $32
           select
           v128.store
           local.get $1
           local.get $24
           local.get $40
           f32x4.mul
           local.get $24
           local.get $32
           select
           v128.store offset=16
           local.get $1
           local.get $22
           local.get $40
           f32x4.mul
           local.get $22
           local.get $32
           select
           v128.store offset=32
          end
         end
        end
       end
      else
       local.get $27
       if
        local.get $8
        local.set $1
        local.get $14
        i32.load offset=32
        i32.const 2
        i32.shl
        local.set $32
        local.get $14
        i32.load offset=60
        local.set $21
        local.get $14
        i32.load offset=56
        local.set $33
        local.get $14
        i32.load offset=4
        i32.const 0
        i32.ne
        local.set $34
        f32.const 1
        local.get $14
        i32.load offset=24
        local.tee $35
        f32.convert_i32_s
        f32.div
        f32x4.splat
        local.set $40
        i32.const 0
        local.set $4
        loop $for-loop|48
         local.get $4
         i32.const -64
         i32.sub
         local.get $32
         i32.le_u
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $23
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $22
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $25
          local.get $4
          local.get $21
          i32.add
          local.tee $11
          v128.load
          local.set $41
          local.get $11
          v128.load offset=16
          local.set $43
          local.get $11
          v128.load offset=32
          local.set $44
          local.get $11
          v128.load offset=48
          local.set $45
          local.get $0
          v128.load offset=16
          local.set $49
          local.get $0
          i32.load
          local.get $4
          i32.add
          local.tee $11
          local.get $32
          i32.add
          local.set $13
          local.get $11
          local.get $11
          v128.load
          local.get $41
          local.get $0
          v128.load offset=32
          local.tee $50
          f32x4.mul
          f32x4.add
          v128.store
          local.get $13
          local.get $13
          v128.load
          local.get $41
          local.get $49
          f32x4.mul
          f32x4.add
          v128.store
          local.get $11
          local.get $11
          v128.load offset=16
          local.get $43
          local.get $50
          f32x4.mul
          f32x4.add
          v128.store offset=16
          local.get $13
          local.get $13
          v128.load offset=16
          local.get $43
          local.get $49
          f32x4.mul
          f32x4.add
          v128.store offset=16
          local.get $11
          local.get $11
          v128.load offset=32
          local.get $44
          local.get $50
          f32x4.mul
          f32x4.add
          v128.store offset=32
          local.get $13
          local.get $13
          v128.load offset=32
          local.get $44
          local.get $49
          f32x4.mul
          f32x4.add
          v128.store offset=32
          local.get $11
          local.get $11
          v128.load offset=48
          local.get $45
          local.get $50
          f32x4.mul
          f32x4.add
          v128.store offset=48
          local.get $13
          local.get $13
          v128.load offset=48
          local.get $45
          local.get $49
          f32x4.mul
          f32x4.add
          v128.store offset=48
          local.get $35
          i32.const 1
          i32.gt_s
          if
           local.get $0
           v128.load offset=64
           local.set $49
           local.get $0
           i32.load offset=48
           local.get $4
           i32.add
           local.tee $11
           local.get $32
           i32.add
           local.set $13
           local.get $11
           local.get $11
           v128.load
           local.get $41
           local.get $0
           v128.load offset=80
           local.tee $50
           f32x4.mul
           f32x4.add
           v128.store
           local.get $13
           local.get $13
           v128.load
           local.get $41
           local.get $49
           f32x4.mul
           f32x4.add
           v128.store
           local.get $11
           local.get $11
           v128.load offset=16
           local.get $43
           local.get $50
           f32x4.mul
           f32x4.add
           v128.store offset=16
           local.get $13
           local.get $13
           v128.load offset=16
           local.get $43
           local.get $49
           f32x4.mul
           f32x4.add
           v128.store offset=16
           local.get $11
           local.get $11
           v128.load offset=32
           local.get $44
           local.get $50
           f32x4.mul
           f32x4.add
           v128.store offset=32
           local.get $13
           local.get $13
           v128.load offset=32
           local.get $44
           local.get $49
           f32x4.mul
           f32x4.add
           v128.store offset=32
           local.get $11
           local.get $11
           v128.load offset=48
           local.get $45
           local.get $50
           f32x4.mul
           f32x4.add
           v128.store offset=48
           local.get $13
           local.get $13
           v128.load offset=48
           local.get $45
           local.get $49
           f32x4.mul
           f32x4.add
           v128.store offset=48
          end
          local.get $0
          local.get $35
          i32.const 48
          i32.mul
          i32.add
          local.set $36
          local.get $1
          local.set $13
          local.get $0
          i32.const 96
          i32.add
          local.set $11
          loop $for-loop|49
           local.get $11
           local.get $36
           i32.lt_u
           if
            local.get $11
            v128.load offset=16
            local.set $49
            local.get $11
            i32.load
            local.get $4
            i32.add
            local.tee $37
            local.get $32
            i32.add
            local.set $38
            local.get $37
            local.get $37
            v128.load
            local.get $41
            local.get $11
            v128.load offset=32
            local.tee $50
            f32x4.mul
            f32x4.add
            v128.store
            local.get $38
            local.get $38
            v128.load
            local.get $41
            local.get $49
            f32x4.mul
            f32x4.add
            v128.store
            local.get $37
            local.get $37
            v128.load offset=16
            local.get $43
            local.get $50
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $38
            local.get $38
            v128.load offset=16
            local.get $43
            local.get $49
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $37
            local.get $37
            v128.load offset=32
            local.get $44
            local.get $50
            f32x4.mul
            f32x4.add
            v128.store offset=32
            local.get $38
            local.get $38
            v128.load offset=32
            local.get $44
            local.get $49
            f32x4.mul
            f32x4.add
            v128.store offset=32
            local.get $37
            local.get $37
            v128.load offset=48
            local.get $45
            local.get $50
            f32x4.mul
            f32x4.add
            v128.store offset=48
            local.get $38
            local.get $38
            v128.load offset=48
            local.get $45
            local.get $49
            f32x4.mul
            f32x4.add
            v128.store offset=48
            local.get $13
            i32.load
            local.get $4
            i32.add
            local.tee $37
            local.get $32
            i32.add
            local.set $38
            local.get $23
            local.get $37
            v128.load
            local.tee $23
            local.get $38
            v128.load
            local.get $23
            f32x4.sub
            local.get $13
            v128.load offset=16
            local.tee $49
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $23
            local.get $24
            local.get $37
            v128.load offset=16
            local.tee $24
            local.get $38
            v128.load offset=16
            local.get $24
            f32x4.sub
            local.get $49
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $24
            local.get $22
            local.get $37
            v128.load offset=32
            local.tee $22
            local.get $38
            v128.load offset=32
            local.get $22
            f32x4.sub
            local.get $49
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $22
            local.get $25
            local.get $37
            v128.load offset=48
            local.tee $25
            local.get $38
            v128.load offset=48
            local.get $25
            f32x4.sub
            local.get $49
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $25
            local.get $11
            i32.const 48
            i32.add
            local.set $11
            local.get $13
            i32.const 48
            i32.add
            local.set $13
            br $for-loop|49
           end
          end
          local.get $1
          local.get $35
          i32.const 48
          i32.mul
          i32.add
          local.set $11
          loop $for-loop|50
           local.get $11
           local.get $13
           i32.gt_u
           if
            local.get $23
            local.get $13
            i32.load
            local.get $4
            i32.add
            local.tee $36
            v128.load
            local.tee $23
            local.get $32
            local.get $36
            i32.add
            v128.load
            local.get $23
            f32x4.sub
            local.get $13
            v128.load offset=16
            local.tee $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $23
            local.get $24
            local.get $36
            i32.const 16
            i32.add
            local.tee $37
            v128.load
            local.tee $24
            local.get $32
            local.get $37
            i32.add
            v128.load
            local.get $24
            f32x4.sub
            local.get $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $24
            local.get $22
            local.get $36
            i32.const 32
            i32.add
            local.tee $37
            v128.load
            local.tee $22
            local.get $32
            local.get $37
            i32.add
            v128.load
            local.get $22
            f32x4.sub
            local.get $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $22
            local.get $25
            local.get $36
            i32.const 48
            i32.add
            local.tee $36
            v128.load
            local.tee $25
            local.get $32
            local.get $36
            i32.add
            v128.load
            local.get $25
            f32x4.sub
            local.get $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $25
            local.get $13
            i32.const 48
            i32.add
            local.set $13
            br $for-loop|50
           end
          end
          local.get $4
          local.get $33
          i32.add
          local.tee $11
          local.get $23
          local.get $40
          f32x4.mul
          local.get $23
          local.get $34
          select
          v128.store
          local.get $11
          local.get $24
          local.get $40
          f32x4.mul
          local.get $24
          local.get $34
          select
          v128.store offset=16
          local.get $11
          local.get $22
          local.get $40
          f32x4.mul
          local.get $22
          local.get $34
          select
          v128.store offset=32
          local.get $11
          local.get $25
          local.get $40
          f32x4.mul
          local.get $25
          local.get $34
          select
          v128.store offset=48
          local.get $4
          i32.const -64
          i32.sub
          local.set $4
          br $for-loop|48
         end
        end
        local.get $32
        local.get $4
        i32.sub
        i32.const 4
        i32.shr_u
        local.tee $11
        i32.const 1
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $23
         local.get $0
         v128.load offset=16
         local.set $22
         local.get $0
         i32.load
         local.get $4
         i32.add
         local.tee $11
         local.get $32
         i32.add
         local.set $13
         local.get $11
         local.get $11
         v128.load
         local.get $4
         local.get $21
         i32.add
         v128.load
         local.tee $24
         local.get $0
         v128.load offset=32
         f32x4.mul
         f32x4.add
         v128.store
         local.get $13
         local.get $13
         v128.load
         local.get $24
         local.get $22
         f32x4.mul
         f32x4.add
         v128.store
         local.get $35
         i32.const 1
         i32.gt_s
         if
          local.get $0
          v128.load offset=64
          local.set $22
          local.get $0
          i32.load offset=48
          local.get $4
          i32.add
          local.tee $11
          local.get $32
          i32.add
          local.set $13
          local.get $11
          local.get $11
          v128.load
          local.get $24
          local.get $0
          v128.load offset=80
          f32x4.mul
          f32x4.add
          v128.store
          local.get $13
          local.get $13
          v128.load
          local.get $24
          local.get $22
          f32x4.mul
          f32x4.add
          v128.store
         end
         local.get $0
         local.get $35
         i32.const 48
         i32.mul
         i32.add
         local.set $13
         local.get $4
         local.set $11
         local.get $1
         local.set $4
         local.get $0
         i32.const 96
         i32.add
         local.set $21
         loop $for-loop|51
          local.get $13
          local.get $21
          i32.gt_u
          if
           local.get $21
           v128.load offset=16
           local.set $22
           local.get $21
           i32.load
           local.get $11
           i32.add
           local.tee $36
           local.get $32
           i32.add
           local.set $37
           local.get $36
           local.get $36
           v128.load
           local.get $24
           local.get $21
           v128.load offset=32
           f32x4.mul
           f32x4.add
           v128.store
           local.get $37
           local.get $37
           v128.load
           local.get $24
           local.get $22
           f32x4.mul
           f32x4.add
           v128.store
           local.get $23
           local.get $4
           i32.load
           local.get $11
           i32.add
           local.tee $36
           v128.load
           local.tee $22
           local.get $32
           local.get $36
           i32.add
           v128.load
           local.get $22
           f32x4.sub
           local.get $4
           v128.load offset=16
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $23
           local.get $21
           i32.const 48
           i32.add
           local.set $21
           local.get $4
           i32.const 48
           i32.add
           local.set $4
           br $for-loop|51
          end
         end
         local.get $1
         local.get $35
         i32.const 48
         i32.mul
         i32.add
         local.set $1
         loop $for-loop|52
          local.get $1
          local.get $4
          i32.gt_u
          if
           local.get $23
           local.get $4
           i32.load
           local.get $11
           i32.add
           local.tee $13
           v128.load
           local.tee $22
           local.get $13
           local.get $32
           i32.add
           v128.load
           local.get $22
           f32x4.sub
           local.get $4
           v128.load offset=16
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $23
           local.get $4
           i32.const 48
           i32.add
           local.set $4
           br $for-loop|52
          end
         end
         local.get $11
         local.get $33
         i32.add
         local.get $23
         local.get $40
         f32x4.mul
         local.get $23
         local.get $34
         select
         v128.store
        else
         local.get $11
         i32.const 2
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $23
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $22
          local.get $4
          local.get $21
          i32.add
          local.tee $11
          v128.load
          local.set $24
          local.get $11
          v128.load offset=16
          local.set $25
          local.get $0
          v128.load offset=16
          local.set $41
          local.get $0
          i32.load
          local.get $4
          i32.add
          local.tee $11
          local.get $32
          i32.add
          local.set $13
          local.get $11
          local.get $11
          v128.load
          local.get $24
          local.get $0
          v128.load offset=32
          local.tee $43
          f32x4.mul
          f32x4.add
          v128.store
          local.get $13
          local.get $13
          v128.load
          local.get $24
          local.get $41
          f32x4.mul
          f32x4.add
          v128.store
          local.get $11
          local.get $11
          v128.load offset=16
          local.get $25
          local.get $43
          f32x4.mul
          f32x4.add
          v128.store offset=16
          local.get $13
          local.get $13
          v128.load offset=16
          local.get $25
          local.get $41
          f32x4.mul
          f32x4.add
          v128.store offset=16
          local.get $35
          i32.const 1
          i32.gt_s
          if
           local.get $0
           v128.load offset=64
           local.set $41
           local.get $0
           i32.load offset=48
           local.get $4
           i32.add
           local.tee $11
           local.get $32
           i32.add
           local.set $13
           local.get $11
           local.get $11
           v128.load
           local.get $24
           local.get $0
           v128.load offset=80
           local.tee $43
           f32x4.mul
           f32x4.add
           v128.store
           local.get $13
           local.get $13
           v128.load
           local.get $24
           local.get $41
           f32x4.mul
           f32x4.add
           v128.store
           local.get $11
           local.get $11
           v128.load offset=16
           local.get $25
           local.get $43
           f32x4.mul
           f32x4.add
           v128.store offset=16
           local.get $13
           local.get $13
           v128.load offset=16
           local.get $25
           local.get $41
           f32x4.mul
           f32x4.add
           v128.store offset=16
          end
          local.get $0
          local.get $35
          i32.const 48
          i32.mul
          i32.add
          local.set $13
          local.get $4
          local.set $11
          local.get $1
          local.set $4
          local.get $0
          i32.const 96
          i32.add
          local.set $21
          loop $for-loop|53
           local.get $13
           local.get $21
           i32.gt_u
           if
            local.get $21
            v128.load offset=16
            local.set $41
            local.get $21
            i32.load
            local.get $11
            i32.add
            local.tee $36
            local.get $32
            i32.add
            local.set $37
            local.get $36
            local.get $36
            v128.load
            local.get $24
            local.get $21
            v128.load offset=32
            local.tee $43
            f32x4.mul
            f32x4.add
            v128.store
            local.get $37
            local.get $37
            v128.load
            local.get $24
            local.get $41
            f32x4.mul
            f32x4.add
            v128.store
            local.get $36
            local.get $36
            v128.load offset=16
            local.get $25
            local.get $43
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $37
            local.get $37
            v128.load offset=16
            local.get $25
            local.get $41
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $4
            i32.load
            local.get $11
            i32.add
            local.tee $36
            local.get $32
            i32.add
            local.set $37
            local.get $23
            local.get $36
            v128.load
            local.tee $23
            local.get $37
            v128.load
            local.get $23
            f32x4.sub
            local.get $4
            v128.load offset=16
            local.tee $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $23
            local.get $22
            local.get $36
            v128.load offset=16
            local.tee $22
            local.get $37
            v128.load offset=16
            local.get $22
            f32x4.sub
            local.get $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $22
            local.get $21
            i32.const 48
            i32.add
            local.set $21
            local.get $4
            i32.const 48
            i32.add
            local.set $4
            br $for-loop|53
           end
          end
          local.get $1
          local.get $35
          i32.const 48
          i32.mul
          i32.add
          local.set $1
          loop $for-loop|54
           local.get $1
           local.get $4
           i32.gt_u
           if
            local.get $23
            local.get $4
            i32.load
            local.get $11
            i32.add
            local.tee $13
            v128.load
            local.tee $23
            local.get $13
            local.get $32
            i32.add
            v128.load
            local.get $23
            f32x4.sub
            local.get $4
            v128.load offset=16
            local.tee $24
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $23
            local.get $22
            local.get $13
            i32.const 16
            i32.add
            local.tee $13
            v128.load
            local.tee $22
            local.get $13
            local.get $32
            i32.add
            v128.load
            local.get $22
            f32x4.sub
            local.get $24
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $22
            local.get $4
            i32.const 48
            i32.add
            local.set $4
            br $for-loop|54
           end
          end
          local.get $11
          local.get $33
          i32.add
          local.tee $1
          local.get $23
          local.get $40
          f32x4.mul
          local.get $23
          local.get $34
          select
          v128.store
          local.get $1
          local.get $22
          local.get $40
          f32x4.mul
          local.get $22
          local.get $34
          select
          v128.store offset=16
         else
          local.get $11
          i32.const 3
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $23
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $22
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $24
           local.get $4
           local.get $21
           i32.add
           local.tee $11
           v128.load
           local.set $25
           local.get $11
           v128.load offset=16
           local.set $41
           local.get $11
           v128.load offset=32
           local.set $43
           local.get $0
           v128.load offset=16
           local.set $44
           local.get $0
           i32.load
           local.get $4
           i32.add
           local.tee $11
           local.get $32
           i32.add
           local.set $13
           local.get $11
           local.get $11
           v128.load
           local.get $25
           local.get $0
           v128.load offset=32
           local.tee $45
           f32x4.mul
           f32x4.add
           v128.store
           local.get $13
           local.get $13
           v128.load
           local.get $25
           local.get $44
           f32x4.mul
           f32x4.add
           v128.store
           local.get $11
           local.get $11
           v128.load offset=16
           local.get $41
           local.get $45
           f32x4.mul
           f32x4.add
           v128.store offset=16
           local.get $13
           local.get $13
           v128.load offset=16
           local.get $41
           local.get $44
           f32x4.mul
           f32x4.add
           v128.store offset=16
           local.get $11
           local.get $11
           v128.load offset=32
           local.get $43
           local.get $45
           f32x4.mul
           f32x4.add
           v128.store offset=32
           local.get $13
           local.get $13
           v128.load offset=32
           local.get $43
           local.get $44
           f32x4.mul
           f32x4.add
           v128.store offset=32
           local.get $35
           i32.const 1
           i32.gt_s
           if
            local.get $0
            v128.load offset=64
            local.set $44
            local.get $0
            i32.load offset=48
            local.get $4
            i32.add
            local.tee $11
            local.get $32
            i32.add
            local.set $13
            local.get $11
            local.get $11
            v128.load
            local.get $25
            local.get $0
            v128.load offset=80
            local.tee $45
            f32x4.mul
            f32x4.add
            v128.store
            local.get $13
            local.get $13
            v128.load
            local.get $25
            local.get $44
            f32x4.mul
            f32x4.add
            v128.store
            local.get $11
            local.get $11
            v128.load offset=16
            local.get $41
            local.get $45
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $13
            local.get $13
            v128.load offset=16
            local.get $41
            local.get $44
            f32x4.mul
            f32x4.add
            v128.store offset=16
            local.get $11
            local.get $11
            v128.load offset=32
            local.get $43
            local.get $45
            f32x4.mul
            f32x4.add
            v128.store offset=32
            local.get $13
            local.get $13
            v128.load offset=32
            local.get $43
            local.get $44
            f32x4.mul
            f32x4.add
            v128.store offset=32
           end
           local.get $0
           local.get $35
           i32.const 48
           i32.mul
           i32.add
           local.set $13
           local.get $4
           local.set $11
           local.get $1
           local.set $4
           local.get $0
           i32.const 96
           i32.add
           local.set $21
           loop $for-loop|55
            local.get $13
            local.get $21
            i32.gt_u
            if
             local.get $21
             v128.load offset=16
             local.set $44
             local.get $21
             i32.load
             local.get $11
             i32.add
             local.tee $36
             local.get $32
             i32.add
             local.set $37
             local.get $36
             local.get $36
             v128.load
             local.get $25
             local.get $21
             v128.load offset=32
             local.tee $45
             f32x4.mul
             f32x4.add
             v128.store
             local.get $37
             local.get $37
             v128.load
             local.get $25
             local.get $44
             f32x4.mul
             f32x4.add
             v128.store
             local.get $36
             local.get $36
             v128.load offset=16
             local.get $41
             local.get $45
             f32x4.mul
             f32x4.add
             v128.store offset=16
             local.get $37
             local.get $37
             v128.load offset=16
             local.get $41
             local.get $44
             f32x4.mul
             f32x4.add
             v128.store offset=16
             local.get $36
             local.get $36
             v128.load offset=32
             local.get $43
             local.get $45
             f32x4.mul
             f32x4.add
             v128.store offset=32
             local.get $37
             local.get $37
             v128.load offset=32
             local.get $43
             local.get $44
             f32x4.mul
             f32x4.add
             v128.store offset=32
             local.get $4
             i32.load
             local.get $11
             i32.add
             local.tee $36
             local.get $32
             i32.add
             local.set $37
             local.get $23
             local.get $36
             v128.load
             local.tee $23
             local.get $37
             v128.load
             local.get $23
             f32x4.sub
             local.get $4
             v128.load offset=16
             local.tee $44
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $23
             local.get $22
             local.get $36
             v128.load offset=16
             local.tee $22
             local.get $37
             v128.load offset=16
             local.get $22
             f32x4.sub
             local.get $44
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $22
             local.get $24
             local.get $36
             v128.load offset=32
             local.tee $24
             local.get $37
             v128.load offset=32
             local.get $24
             f32x4.sub
             local.get $44
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $24
             local.get $21
             i32.const 48
             i32.add
             local.set $21
             local.get $4
             i32.const 48
             i32.add
             local.set $4
             br $for-loop|55
            end
           end
           local.get $1
           local.get $35
           i32.const 48
           i32.mul
           i32.add
           local.set $1
           loop $for-loop|56
            local.get $1
            local.get $4
            i32.gt_u
            if
             local.get $23
             local.get $4
             i32.load
             local.get $11
             i32.add
             local.tee $13
             v128.load
             local.tee $23
             local.get $13
             local.get $32
             i32.add
             v128.load
             local.get $23
             f32x4.sub
             local.get $4
             v128.load offset=16
             local.tee $25
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $23
             local.get $22
             local.get $13
             i32.const 16
             i32.add
             local.tee $21
             v128.load
             local.tee $22
             local.get $21
             local.get $32
             i32.add
             v128.load
             local.get $22
             f32x4.sub
             local.get $25
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $22
             local.get $24
             local.get $13
             i32.const 32
             i32.add
             local.tee $13
             v128.load
             local.tee $24
             local.get $13
             local.get $32
             i32.add
             v128.load
             local.get $24
             f32x4.sub
             local.get $25
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $24
             local.get $4
             i32.const 48
             i32.add
             local.set $4
             br $for-loop|56
            end
           end
           local.get $11
           local.get $33
           i32.add
           local.tee $1
           local.get $23
           local.get $40
           f32x4.mul
           local.get $23
           local.get $34
           select
           v128.store
           local.get $1
           local.get $22
           local.get $40
           f32x4.mul
           local.get $22
           local.get $34
           select
           v128.store offset=16
           local.get $1
           local.get $24
           local.get $40
           f32x4.mul
           local.get $24
           local.get $34
           select
           v128.store offset=32
          end
         end
        end
       else
        local.get $14
        i32.load offset=32
        i32.const 2
        i32.shl
        local.set $11
        local.get $14
        i32.load offset=60
        local.set $21
        local.get $14
        i32.load offset=24
        local.set $32
        local.get $14
        i32.load offset=44
        drop
        block $assembly/nk/updateLayerAt<f32>|inlined.1
         local.get $14
         i32.load offset=28
         i32.const 1
         i32.eq
         if
          local.get $32
          i32.const -4
          i32.and
          local.set $4
          local.get $21
          v128.load32_splat
          local.set $22
          i32.const 0
          local.set $1
          loop $for-loop|58
           local.get $1
           local.get $4
           i32.lt_s
           if
            local.get $1
            i32.const 2
            i32.shl
            local.tee $11
            local.get $9
            i32.add
            local.tee $13
            i32.load
            local.tee $33
            local.get $13
            i32.load offset=4
            local.tee $34
            local.get $33
            v128.load64_zero
            v128.load64_lane 1
            local.tee $23
            local.get $13
            i32.load offset=12
            local.tee $33
            local.get $13
            i32.load offset=8
            local.tee $13
            v128.load64_zero
            v128.load64_lane 1
            local.tee $24
            i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            local.get $22
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            local.get $10
            local.get $11
            i32.add
            v128.load
            local.tee $25
            f32x4.sub
            f32x4.mul
            f32x4.add
            local.tee $40
            local.get $23
            local.get $24
            i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
            local.get $22
            local.get $25
            f32x4.mul
            f32x4.add
            local.tee $23
            i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
            local.tee $24
            v128.store64_lane 0
            local.get $34
            local.get $24
            v128.store64_lane 1
            local.get $13
            local.get $40
            local.get $23
            i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
            local.tee $23
            v128.store64_lane 0
            local.get $33
            local.get $23
            v128.store64_lane 1
            local.get $1
            i32.const 4
            i32.add
            local.set $1
            br $for-loop|58
           end
          end
          local.get $21
          f32.load
          local.set $5
          loop $for-loop|59
           local.get $1
           local.get $32
           i32.lt_s
           if
            local.get $1
            i32.const 2
            i32.shl
            local.tee $4
            local.get $9
            i32.add
            i32.load
            local.tee $11
            f32.load offset=4
            local.set $7
            local.get $11
            local.get $11
            f32.load
            local.get $5
            f32.const 1
            local.get $4
            local.get $10
            i32.add
            f32.load
            local.tee $12
            f32.sub
            f32.mul
            f32.add
            f32.store
            local.get $11
            local.get $7
            local.get $5
            local.get $12
            f32.mul
            f32.add
            f32.store offset=4
            local.get $1
            i32.const 1
            i32.add
            local.set $1
            br $for-loop|59
           end
          end
          br $assembly/nk/updateLayerAt<f32>|inlined.1
         end
         i32.const 0
         local.set $13
         loop $for-loop|61
          local.get $13
          local.get $32
          i32.lt_s
          if
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           local.get $13
           i32.const 2
           i32.shl
           local.tee $1
           local.get $10
           i32.add
           v128.load32_splat
           local.tee $22
           f32x4.sub
           local.set $23
           local.get $1
           local.get $9
           i32.add
           i32.load
           local.set $33
           i32.const 0
           local.set $1
           loop $for-loop|63
            local.get $1
            i32.const -64
            i32.sub
            local.tee $4
            local.get $11
            i32.le_u
            if
             local.get $1
             local.get $33
             i32.add
             local.tee $34
             local.get $34
             v128.load
             local.get $1
             local.get $21
             i32.add
             local.tee $1
             v128.load
             local.tee $24
             local.get $23
             f32x4.mul
             f32x4.add
             v128.store
             local.get $11
             local.get $34
             i32.add
             local.tee $35
             local.get $35
             v128.load
             local.get $24
             local.get $22
             f32x4.mul
             f32x4.add
             v128.store
             local.get $34
             i32.const 16
             i32.add
             local.tee $35
             local.get $35
             v128.load
             local.get $1
             v128.load offset=16
             local.tee $24
             local.get $23
             f32x4.mul
             f32x4.add
             v128.store
             local.get $11
             local.get $35
             i32.add
             local.tee $35
             local.get $35
             v128.load
             local.get $24
             local.get $22
             f32x4.mul
             f32x4.add
             v128.store
             local.get $34
             i32.const 32
             i32.add
             local.tee $35
             local.get $35
             v128.load
             local.get $1
             v128.load offset=32
             local.tee $24
             local.get $23
             f32x4.mul
             f32x4.add
             v128.store
             local.get $11
             local.get $35
             i32.add
             local.tee $35
             local.get $35
             v128.load
             local.get $24
             local.get $22
             f32x4.mul
             f32x4.add
             v128.store
             local.get $34
             i32.const 48
             i32.add
             local.tee $34
             local.get $34
             v128.load
             local.get $1
             v128.load offset=48
             local.tee $24
             local.get $23
             f32x4.mul
             f32x4.add
             v128.store
             local.get $11
             local.get $34
             i32.add
             local.tee $1
             local.get $1
             v128.load
             local.get $24
             local.get $22
             f32x4.mul
             f32x4.add
             v128.store
             local.get $4
             local.set $1
             br $for-loop|63
            end
           end
           loop $for-loop|64
            local.get $1
            local.get $11
            i32.lt_u
            if
             local.get $1
             local.get $33
             i32.add
             local.tee $4
             local.get $4
             v128.load
             local.get $1
             local.get $21
             i32.add
             v128.load
             local.tee $24
             local.get $23
             f32x4.mul
             f32x4.add
             v128.store
             local.get $4
             local.get $11
             i32.add
             local.tee $4
             local.get $4
             v128.load
             local.get $24
             local.get $22
             f32x4.mul
             f32x4.add
             v128.store
             local.get $1
             i32.const 16
             i32.add
             local.set $1
             br $for-loop|64
            end
           end
           local.get $13
           i32.const 1
           i32.add
           local.set $13
           br $for-loop|61
          end
         end
        end
        local.get $14
        i32.load offset=32
        i32.const 2
        i32.shl
        local.set $11
        local.get $14
        i32.load offset=56
        local.set $21
        local.get $14
        i32.load offset=4
        i32.const 0
        i32.ne
        local.set $32
        f32.const 1
        local.get $14
        i32.load offset=24
        local.tee $33
        f32.convert_i32_s
        f32.div
        f32x4.splat
        local.set $40
        i32.const 0
        local.set $1
        loop $for-loop|65
         local.get $1
         i32.const -64
         i32.sub
         local.get $11
         i32.le_u
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $25
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $22
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $23
          i32.const 0
          local.set $13
          loop $for-loop|66
           local.get $13
           local.get $33
           i32.lt_s
           if
            local.get $13
            i32.const 2
            i32.shl
            local.tee $4
            local.get $2
            i32.add
            i32.load
            local.get $1
            i32.add
            local.tee $34
            local.get $11
            i32.add
            local.set $35
            local.get $25
            local.get $34
            v128.load
            local.tee $25
            local.get $35
            v128.load
            local.get $25
            f32x4.sub
            local.get $3
            local.get $4
            i32.add
            v128.load32_splat
            local.tee $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $25
            local.get $24
            local.get $34
            v128.load offset=16
            local.tee $24
            local.get $35
            v128.load offset=16
            local.get $24
            f32x4.sub
            local.get $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $24
            local.get $22
            local.get $34
            v128.load offset=32
            local.tee $22
            local.get $35
            v128.load offset=32
            local.get $22
            f32x4.sub
            local.get $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $22
            local.get $23
            local.get $34
            v128.load offset=48
            local.tee $23
            local.get $35
            v128.load offset=48
            local.get $23
            f32x4.sub
            local.get $41
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $23
            local.get $13
            i32.const 1
            i32.add
            local.set $13
            br $for-loop|66
           end
          end
          local.get $1
          local.get $21
          i32.add
          local.tee $4
          local.get $25
          local.get $40
          f32x4.mul
          local.get $25
          local.get $32
          select
          v128.store
          local.get $4
          local.get $24
          local.get $40
          f32x4.mul
          local.get $24
          local.get $32
          select
          v128.store offset=16
          local.get $4
          local.get $22
          local.get $40
          f32x4.mul
          local.get $22
          local.get $32
          select
          v128.store offset=32
          local.get $4
          local.get $23
          local.get $40
          f32x4.mul
          local.get $23
          local.get $32
          select
          v128.store offset=48
          local.get $1
          i32.const -64
          i32.sub
          local.set $1
          br $for-loop|65
         end
        end
        block $assembly/forward/accumulateLayer<f32>|inlined.3
         local.get $14
         i32.load offset=28
         i32.const 1
         i32.eq
         if
          local.get $33
          i32.const -4
          i32.and
          local.set $4
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $23
          i32.const 0
          local.set $1
          loop $for-loop|67
           local.get $1
           local.get $4
           i32.lt_s
           if
            local.get $23
            local.get $1
            i32.const 2
            i32.shl
            local.tee $11
            local.get $2
            i32.add
            local.tee $13
            i32.load offset=4
            local.get $13
            i32.load
            v128.load64_zero
            v128.load64_lane 1
            local.tee $22
            local.get $13
            i32.load offset=12
            local.get $13
            i32.load offset=8
            v128.load64_zero
            v128.load64_lane 1
            local.tee $23
            i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            local.tee $24
            local.get $22
            local.get $23
            i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
            local.get $24
            f32x4.sub
            local.get $3
            local.get $11
            i32.add
            v128.load
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $23
            local.get $1
            i32.const 4
            i32.add
            local.set $1
            br $for-loop|67
           end
          end
          local.get $23
          f32x4.extract_lane 0
          local.set $5
          local.get $23
          f32x4.extract_lane 1
          local.set $7
          local.get $23
          f32x4.extract_lane 2
          local.set $12
          local.get $1
          local.get $33
          i32.lt_s
          if (result f32)
           local.get $5
           local.get $1
           i32.const 2
           i32.shl
           local.tee $4
           local.get $2
           i32.add
           i32.load
           local.tee $11
           f32.load
           local.tee $5
           local.get $11
           f32.load offset=4
           local.get $5
           f32.sub
           local.get $3
           local.get $4
           i32.add
           f32.load
           f32.mul
           f32.add
           f32.add
          else
           local.get $5
          end
          local.get $1
          i32.const 1
          i32.add
          local.tee $4
          local.get $33
          i32.lt_s
          if (result f32)
           local.get $7
           local.get $4
           i32.const 2
           i32.shl
           local.tee $4
           local.get $2
           i32.add
           i32.load
           local.tee $11
           f32.load
           local.tee $5
           local.get $11
           f32.load offset=4
           local.get $5
           f32.sub
           local.get $3
           local.get $4
           i32.add
           f32.load
           f32.mul
           f32.add
           f32.add
          else
           local.get $7
          end
          f32.add
          local.get $1
          i32.const 2
          i32.add
          local.tee $1
          local.get $33
          i32.lt_s
          if (result f32)
           local.get $12
           local.get $1
           i32.const 2
           i32.shl
           local.tee $1
           local.get $2
           i32.add
           i32.load
           local.tee $4
           f32.load
           local.tee $5
           local.get $4
           f32.load offset=4
           local.get $5
           f32.sub
           local.get $1
           local.get $3
           i32.add
           f32.load
           f32.mul
           f32.add
           f32.add
          else
           local.get $12
          end
          local.get $23
          f32x4.extract_lane 3
          f32.add
          f32.add
          local.set $5
          local.get $21
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $32
          if (result f32)
           local.get $5
           f32.const 1
           local.get $33
           f32.convert_i32_s
           f32.div
           f32.mul
          else
           local.get $5
          end
          f32x4.replace_lane 0
          v128.store
          br $assembly/forward/accumulateLayer<f32>|inlined.3
         end
         local.get $11
         local.get $1
         i32.sub
         i32.const 4
         i32.shr_u
         local.tee $4
         i32.const 1
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $25
          i32.const 0
          local.set $4
          loop $for-loop|68
           local.get $4
           local.get $33
           i32.lt_s
           if
            local.get $25
            local.get $4
            i32.const 2
            i32.shl
            local.tee $13
            local.get $2
            i32.add
            i32.load
            local.get $1
            i32.add
            local.tee $34
            v128.load
            local.tee $22
            local.get $11
            local.get $34
            i32.add
            v128.load
            local.get $22
            f32x4.sub
            local.get $3
            local.get $13
            i32.add
            v128.load32_splat
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $25
            local.get $4
            i32.const 1
            i32.add
            local.set $4
            br $for-loop|68
           end
          end
          local.get $1
          local.get $21
          i32.add
          local.get $25
          local.get $40
          f32x4.mul
          local.get $25
          local.get $32
          select
          v128.store
         else
          local.get $4
          i32.const 2
          i32.eq
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $23
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $24
           i32.const 0
           local.set $13
           loop $for-loop|69
            local.get $13
            local.get $33
            i32.lt_s
            if
             local.get $13
             i32.const 2
             i32.shl
             local.tee $4
             local.get $2
             i32.add
             i32.load
             local.get $1
             i32.add
             local.tee $34
             local.get $11
             i32.add
             local.set $35
             local.get $23
             local.get $34
             v128.load
             local.tee $22
             local.get $35
             v128.load
             local.get $22
             f32x4.sub
             local.get $3
             local.get $4
             i32.add
             v128.load32_splat
             local.tee $22
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $23
             local.get $24
             local.get $34
             v128.load offset=16
             local.tee $24
             local.get $35
             v128.load offset=16
             local.get $24
             f32x4.sub
             local.get $22
             f32x4.mul
             f32x4.add
             f32x4.add
             local.set $24
             local.get $13
             i32.const 1
             i32.add
             local.set $13
             br $for-loop|69
            end
           end
           local.get $1
           local.get $21
           i32.add
           local.tee $1
           local.get $23
           local.get $40
           f32x4.mul
           local.get $23
           local.get $32
           select
           v128.store
           local.get $1
           local.get $24
           local.get $40
           f32x4.mul
           local.get $24
           local.get $32
           select
           v128.store offset=16
          else
           local.get $4
           i32.const 3
           i32.eq
           if
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $23
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $24
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $22
            i32.const 0
            local.set $13
            loop $for-loop|70
             local.get $13
             local.get $33
             i32.lt_s
             if
              local.get $13
              i32.const 2
              i32.shl
              local.tee $4
              local.get $2
              i32.add
              i32.load
              local.get $1
              i32.add
              local.tee $34
              local.get $11
              i32.add
              local.set $35
              local.get $23
              local.get $34
              v128.load
              local.tee $23
              local.get $35
              v128.load
              local.get $23
              f32x4.sub
              local.get $3
              local.get $4
              i32.add
              v128.load32_splat
              local.tee $25
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $23
              local.get $24
              local.get $34
              v128.load offset=16
              local.tee $24
              local.get $35
              v128.load offset=16
              local.get $24
              f32x4.sub
              local.get $25
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $24
              local.get $22
              local.get $34
              v128.load offset=32
              local.tee $22
              local.get $35
              v128.load offset=32
              local.get $22
              f32x4.sub
              local.get $25
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $22
              local.get $13
              i32.const 1
              i32.add
              local.set $13
              br $for-loop|70
             end
            end
            local.get $1
            local.get $21
            i32.add
            local.tee $1
            local.get $23
            local.get $40
            f32x4.mul
            local.get $23
            local.get $32
            select
            v128.store
            local.get $1
            local.get $24
            local.get $40
            f32x4.mul
            local.get $24
            local.get $32
            select
            v128.store offset=16
            local.get $1
            local.get $22
            local.get $40
            f32x4.mul
            local.get $22
            local.get $32
            select
            v128.store offset=32
           end
          end
         end
        end
       end
      end
      local.get $9
      local.get $2
      local.set $9
      local.set $2
      local.get $10
      local.get $3
      local.set $10
      local.set $3
      local.get $0
      local.get $8
      local.set $0
      local.set $8
     else
      local.get $21
      i32.eqz
      if
       block $assembly/nk/updateLayerAt<f32>|inlined.2
        local.get $14
        i32.load offset=32
        i32.const 2
        i32.shl
        local.set $11
        local.get $14
        i32.load offset=60
        local.set $21
        local.get $14
        i32.load offset=24
        local.set $32
        local.get $14
        i32.load offset=44
        drop
        local.get $14
        i32.load offset=28
        i32.const 1
        i32.eq
        if
         local.get $32
         i32.const -4
         i32.and
         local.set $4
         local.get $21
         v128.load32_splat
         local.set $22
         i32.const 0
         local.set $1
         loop $for-loop|72
          local.get $1
          local.get $4
          i32.lt_s
          if
           local.get $1
           i32.const 2
           i32.shl
           local.tee $11
           local.get $9
           i32.add
           local.tee $13
           i32.load
           local.tee $33
           local.get $13
           i32.load offset=4
           local.tee $34
           local.get $33
           v128.load64_zero
           v128.load64_lane 1
           local.tee $23
           local.get $13
           i32.load offset=12
           local.tee $33
           local.get $13
           i32.load offset=8
           local.tee $13
           v128.load64_zero
           v128.load64_lane 1
           local.tee $24
           i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
           local.get $22
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           local.get $10
           local.get $11
           i32.add
           v128.load
           local.tee $25
           f32x4.sub
           f32x4.mul
           f32x4.add
           local.tee $40
           local.get $23
           local.get $24
           i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
           local.get $22
           local.get $25
           f32x4.mul
           f32x4.add
           local.tee $23
           i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
           local.tee $24
           v128.store64_lane 0
           local.get $34
           local.get $24
           v128.store64_lane 1
           local.get $13
           local.get $40
           local.get $23
           i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
           local.tee $23
           v128.store64_lane 0
           local.get $33
           local.get $23
           v128.store64_lane 1
           local.get $1
           i32.const 4
           i32.add
           local.set $1
           br $for-loop|72
          end
         end
         local.get $21
         f32.load
         local.set $5
         loop $for-loop|73
          local.get $1
          local.get $32
          i32.lt_s
          if
           local.get $1
           i32.const 2
           i32.shl
           local.tee $4
           local.get $9
           i32.add
           i32.load
           local.tee $11
           f32.load offset=4
           local.set $7
           local.get $11
           local.get $11
           f32.load
           local.get $5
           f32.const 1
           local.get $4
           local.get $10
           i32.add
           f32.load
           local.tee $12
           f32.sub
           f32.mul
           f32.add
           f32.store
           local.get $11
           local.get $7
           local.get $5
           local.get $12
           f32.mul
           f32.add
           f32.store offset=4
           local.get $1
           i32.const 1
           i32.add
           local.set $1
           br $for-loop|73
          end
         end
         br $assembly/nk/updateLayerAt<f32>|inlined.2
        end
        i32.const 0
        local.set $13
        loop $for-loop|75
         local.get $13
         local.get $32
         i32.lt_s
         if
          v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
          local.get $13
          i32.const 2
          i32.shl
          local.tee $1
          local.get $10
          i32.add
          v128.load32_splat
          local.tee $22
          f32x4.sub
          local.set $23
          local.get $1
          local.get $9
          i32.add
          i32.load
          local.set $33
          i32.const 0
          local.set $1
          loop $for-loop|77
           local.get $1
           i32.const -64
           i32.sub
           local.tee $4
           local.get $11
           i32.le_u
           if
            local.get $1
            local.get $33
            i32.add
            local.tee $34
            local.get $34
            v128.load
            local.get $1
            local.get $21
            i32.add
            local.tee $1
            v128.load
            local.tee $24
            local.get $23
            f32x4.mul
            f32x4.add
            v128.store
            local.get $11
            local.get $34
            i32.add
            local.tee $35
            local.get $35
            v128.load
            local.get $24
            local.get $22
            f32x4.mul
            f32x4.add
            v128.store
            local.get $34
            i32.const 16
            i32.add
            local.tee $35
            local.get $35
            v128.load
            local.get $1
            v128.load offset=16
            local.tee $24
            local.get $23
            f32x4.mul
            f32x4.add
            v128.store
            local.get $11
            local.get $35
            i32.add
            local.tee $35
            local.get $35
            v128.load
            local.get $24
            local.get $22
            f32x4.mul
            f32x4.add
            v128.store
            local.get $34
            i32.const 32
            i32.add
            local.tee $35
            local.get $35
            v128.load
            local.get $1
            v128.load offset=32
            local.tee $24
            local.get $23
            f32x4.mul
            f32x4.add
            v128.store
            local.get $11
            local.get $35
            i32.add
            local.tee $35
            local.get $35
            v128.load
            local.get $24
            local.get $22
            f32x4.mul
            f32x4.add
            v128.store
            local.get $34
            i32.const 48
            i32.add
            local.tee $34
            local.get $34
            v128.load
            local.get $1
            v128.load offset=48
            local.tee $24
            local.get $23
            f32x4.mul
            f32x4.add
            v128.store
            local.get $11
            local.get $34
            i32.add
            local.tee $1
            local.get $1
            v128.load
            local.get $24
            local.get $22
            f32x4.mul
            f32x4.add
            v128.store
            local.get $4
            local.set $1
            br $for-loop|77
           end
          end
          loop $for-loop|78
           local.get $1
           local.get $11
           i32.lt_u
           if
            local.get $1
            local.get $33
            i32.add
            local.tee $4
            local.get $4
            v128.load
            local.get $1
            local.get $21
            i32.add
            v128.load
            local.tee $24
            local.get $23
            f32x4.mul
            f32x4.add
            v128.store
            local.get $4
            local.get $11
            i32.add
            local.tee $4
            local.get $4
            v128.load
            local.get $24
            local.get $22
            f32x4.mul
            f32x4.add
            v128.store
            local.get $1
            i32.const 16
            i32.add
            local.set $1
            br $for-loop|78
           end
          end
          local.get $13
          i32.const 1
          i32.add
          local.set $13
          br $for-loop|75
         end
        end
       end
      end
     end
     local.get $15
     i32.const 1
     i32.add
     local.set $15
     br $for-loop|11
    end
   end
  end
 )
 (func $assembly/index/forwardRangeF64 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 f64)
  (local $10 f64)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 v128)
  local.get $1
  local.set $7
  local.get $2
  local.set $8
  local.get $0
  local.tee $5
  i32.load offset=8
  local.set $19
  local.get $0
  i32.load offset=12
  local.set $18
  local.get $3
  local.set $6
  loop $for-loop|0
   local.get $4
   local.get $6
   i32.gt_s
   if
    local.get $7
    local.get $6
    local.get $19
    i32.mul
    i32.const 3
    i32.shl
    i32.add
    local.set $2
    local.get $5
    i32.load
    local.set $20
    i32.const 0
    local.set $17
    loop $for-loop|1
     local.get $17
     local.get $20
     i32.lt_s
     if
      local.get $5
      local.get $17
      i32.const 10
      i32.mul
      local.tee $0
      i32.const 11
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $24
      local.get $5
      local.get $0
      i32.const 10
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $25
      local.get $5
      local.get $0
      i32.const 12
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $15
      local.get $5
      local.get $0
      i32.const 13
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $16
      local.get $5
      local.get $0
      i32.const 6
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $21
      i32.const 1
      i32.add
      i32.const -2
      i32.and
      i32.const 3
      i32.shl
      local.set $26
      local.get $5
      local.get $0
      i32.const 9
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $22
      local.get $5
      local.get $0
      i32.const 8
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      i32.const 3
      i32.shl
      local.tee $23
      i32.mul
      local.set $27
      local.get $21
      i32.const -2
      i32.and
      local.set $0
      local.get $22
      i32.const 1
      i32.sub
      f64.convert_i32_s
      f64x2.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $13
      local.get $22
      i32.const 2
      i32.sub
      f64.convert_i32_s
      f64x2.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $14
      local.get $23
      f64.convert_i32_u
      f64x2.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $28
      local.get $27
      f64.convert_i32_u
      f64.const 2
      f64.mul
      f64x2.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $29
      local.get $25
      f64.convert_i32_u
      f64.const 4503599627370496
      f64.add
      f64x2.splat
      local.get $25
      local.get $27
      i32.add
      f64.convert_i32_u
      f64.const 4503599627370496
      f64.add
      f64x2.replace_lane 1
      local.set $12
      i32.const 0
      local.set $3
      loop $for-loop|2
       local.get $0
       local.get $3
       i32.gt_s
       if
        local.get $24
        local.get $3
        i32.const 3
        i32.shl
        local.tee $1
        i32.add
        local.set $30
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $1
        local.get $2
        i32.add
        v128.load
        local.get $30
        v128.load
        f64x2.sub
        local.get $30
        local.get $26
        i32.const 3
        i32.mul
        i32.add
        v128.load
        f64x2.mul
        f64x2.pmax
        local.get $13
        f64x2.pmin
        local.tee $31
        f64x2.floor
        local.get $14
        f64x2.pmin
        local.set $11
        local.get $1
        local.get $16
        i32.add
        local.get $31
        local.get $11
        f64x2.sub
        v128.store
        local.get $11
        local.get $28
        f64x2.mul
        local.get $12
        f64x2.add
        local.set $11
        local.get $12
        local.get $29
        f64x2.add
        local.set $12
        local.get $15
        local.get $3
        i32.const 2
        i32.shl
        i32.add
        local.get $11
        local.get $11
        i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
        v128.store64_lane 0
        local.get $3
        i32.const 2
        i32.add
        local.set $3
        br $for-loop|2
       end
      end
      loop $for-loop|6
       local.get $0
       local.get $21
       i32.lt_s
       if
        local.get $0
        i32.const 3
        i32.shl
        local.tee $1
        local.get $16
        i32.add
        local.get $1
        local.get $2
        i32.add
        f64.load
        local.get $1
        local.get $24
        i32.add
        local.tee $1
        f64.load
        f64.sub
        local.get $1
        local.get $26
        i32.const 3
        i32.mul
        i32.add
        f64.load
        f64.mul
        local.tee $10
        f64.const 0
        f64.lt
        if
         f64.const 0
         local.set $10
        end
        local.get $10
        local.get $22
        i32.const 1
        i32.sub
        f64.convert_i32_s
        local.tee $9
        f64.gt
        i32.eqz
        if
         local.get $10
         local.set $9
        end
        local.get $9
        i32.trunc_sat_f64_s
        local.tee $30
        local.get $22
        i32.const 2
        i32.sub
        local.tee $1
        i32.le_s
        if
         local.get $30
         local.set $1
        end
        local.get $15
        local.get $0
        i32.const 2
        i32.shl
        i32.add
        local.get $25
        local.get $0
        local.get $27
        i32.mul
        i32.add
        local.get $1
        local.get $23
        i32.mul
        i32.add
        i32.store
        local.get $9
        local.get $1
        f64.convert_i32_s
        f64.sub
        f64.store
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|6
       end
      end
      local.get $5
      local.get $17
      i32.const 10
      i32.mul
      local.tee $0
      i32.const 6
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $1
      local.get $5
      local.get $0
      i32.const 8
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      i32.const 3
      i32.shl
      local.set $3
      local.get $5
      local.get $0
      i32.const 14
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $21
      local.get $5
      i32.load offset=4
      i32.const 0
      i32.ne
      local.set $22
      f64.const 1
      local.get $1
      f64.convert_i32_s
      f64.div
      f64x2.splat
      local.set $28
      i32.const 0
      local.set $2
      loop $for-loop|7
       local.get $2
       i32.const -64
       i32.sub
       local.get $3
       i32.le_u
       if
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $14
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $11
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $13
        i32.const 0
        local.set $0
        loop $for-loop|8
         local.get $0
         local.get $1
         i32.lt_s
         if
          local.get $15
          local.get $0
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.get $2
          i32.add
          local.tee $23
          local.get $3
          i32.add
          local.set $24
          local.get $14
          local.get $23
          v128.load
          local.tee $14
          local.get $24
          v128.load
          local.get $14
          f64x2.sub
          local.get $16
          local.get $0
          i32.const 3
          i32.shl
          i32.add
          v128.load64_splat
          local.tee $29
          f64x2.mul
          f64x2.add
          f64x2.add
          local.set $14
          local.get $12
          local.get $23
          v128.load offset=16
          local.tee $12
          local.get $24
          v128.load offset=16
          local.get $12
          f64x2.sub
          local.get $29
          f64x2.mul
          f64x2.add
          f64x2.add
          local.set $12
          local.get $11
          local.get $23
          v128.load offset=32
          local.tee $11
          local.get $24
          v128.load offset=32
          local.get $11
          f64x2.sub
          local.get $29
          f64x2.mul
          f64x2.add
          f64x2.add
          local.set $11
          local.get $13
          local.get $23
          v128.load offset=48
          local.tee $13
          local.get $24
          v128.load offset=48
          local.get $13
          f64x2.sub
          local.get $29
          f64x2.mul
          f64x2.add
          f64x2.add
          local.set $13
          local.get $0
          i32.const 1
          i32.add
          local.set $0
          br $for-loop|8
         end
        end
        local.get $2
        local.get $21
        i32.add
        local.tee $0
        local.get $14
        local.get $28
        f64x2.mul
        local.get $14
        local.get $22
        select
        v128.store
        local.get $0
        local.get $12
        local.get $28
        f64x2.mul
        local.get $12
        local.get $22
        select
        v128.store offset=16
        local.get $0
        local.get $11
        local.get $28
        f64x2.mul
        local.get $11
        local.get $22
        select
        v128.store offset=32
        local.get $0
        local.get $13
        local.get $28
        f64x2.mul
        local.get $13
        local.get $22
        select
        v128.store offset=48
        local.get $2
        i32.const -64
        i32.sub
        local.set $2
        br $for-loop|7
       end
      end
      block $assembly/forward/accumulateLayer<f64>|inlined.4
       local.get $5
       local.get $17
       i32.const 10
       i32.mul
       i32.const 7
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.const 1
       i32.eq
       if
        local.get $1
        i32.const -2
        i32.and
        local.set $2
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $11
        i32.const 0
        local.set $0
        loop $for-loop|9
         local.get $0
         local.get $2
         i32.lt_s
         if
          local.get $11
          local.get $15
          local.get $0
          i32.const 2
          i32.shl
          i32.add
          local.tee $3
          i32.load
          v128.load
          local.tee $11
          local.get $3
          i32.load offset=4
          v128.load
          local.tee $12
          i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          local.tee $13
          local.get $11
          local.get $12
          i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
          local.get $13
          f64x2.sub
          local.get $16
          local.get $0
          i32.const 3
          i32.shl
          i32.add
          v128.load
          f64x2.mul
          f64x2.add
          f64x2.add
          local.set $11
          local.get $0
          i32.const 2
          i32.add
          local.set $0
          br $for-loop|9
         end
        end
        local.get $11
        f64x2.extract_lane 0
        local.set $9
        local.get $0
        local.get $1
        i32.lt_s
        if (result f64)
         local.get $9
         local.get $15
         local.get $0
         i32.const 2
         i32.shl
         i32.add
         i32.load
         local.tee $2
         f64.load
         local.tee $9
         local.get $2
         f64.load offset=8
         local.get $9
         f64.sub
         local.get $16
         local.get $0
         i32.const 3
         i32.shl
         i32.add
         f64.load
         f64.mul
         f64.add
         f64.add
        else
         local.get $9
        end
        local.get $11
        f64x2.extract_lane 1
        f64.add
        local.set $9
        local.get $21
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $22
        if (result f64)
         local.get $9
         f64.const 1
         local.get $1
         f64.convert_i32_s
         f64.div
         f64.mul
        else
         local.get $9
        end
        f64x2.replace_lane 0
        v128.store
        br $assembly/forward/accumulateLayer<f64>|inlined.4
       end
       local.get $3
       local.get $2
       i32.sub
       i32.const 4
       i32.shr_u
       local.tee $0
       i32.const 1
       i32.eq
       if
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        i32.const 0
        local.set $0
        loop $for-loop|10
         local.get $0
         local.get $1
         i32.lt_s
         if
          local.get $12
          local.get $15
          local.get $0
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.get $2
          i32.add
          local.tee $23
          v128.load
          local.tee $11
          local.get $3
          local.get $23
          i32.add
          v128.load
          local.get $11
          f64x2.sub
          local.get $16
          local.get $0
          i32.const 3
          i32.shl
          i32.add
          v128.load64_splat
          f64x2.mul
          f64x2.add
          f64x2.add
          local.set $12
          local.get $0
          i32.const 1
          i32.add
          local.set $0
          br $for-loop|10
         end
        end
        local.get $2
        local.get $21
        i32.add
        local.get $12
        local.get $28
        f64x2.mul
        local.get $12
        local.get $22
        select
        v128.store
       else
        local.get $0
        i32.const 2
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $11
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $12
         i32.const 0
         local.set $0
         loop $for-loop|11
          local.get $0
          local.get $1
          i32.lt_s
          if
           local.get $15
           local.get $0
           i32.const 2
           i32.shl
           i32.add
           i32.load
           local.get $2
           i32.add
           local.tee $23
           local.get $3
           i32.add
           local.set $24
           local.get $11
           local.get $23
           v128.load
           local.tee $11
           local.get $24
           v128.load
           local.get $11
           f64x2.sub
           local.get $16
           local.get $0
           i32.const 3
           i32.shl
           i32.add
           v128.load64_splat
           local.tee $13
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $11
           local.get $12
           local.get $23
           v128.load offset=16
           local.tee $12
           local.get $24
           v128.load offset=16
           local.get $12
           f64x2.sub
           local.get $13
           f64x2.mul
           f64x2.add
           f64x2.add
           local.set $12
           local.get $0
           i32.const 1
           i32.add
           local.set $0
           br $for-loop|11
          end
         end
         local.get $2
         local.get $21
         i32.add
         local.tee $0
         local.get $11
         local.get $28
         f64x2.mul
         local.get $11
         local.get $22
         select
         v128.store
         local.get $0
         local.get $12
         local.get $28
         f64x2.mul
         local.get $12
         local.get $22
         select
         v128.store offset=16
        else
         local.get $0
         i32.const 3
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $11
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $12
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $13
          i32.const 0
          local.set $0
          loop $for-loop|12
           local.get $0
           local.get $1
           i32.lt_s
           if
            local.get $15
            local.get $0
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.get $2
            i32.add
            local.tee $23
            local.get $3
            i32.add
            local.set $24
            local.get $11
            local.get $23
            v128.load
            local.tee $11
            local.get $24
            v128.load
            local.get $11
            f64x2.sub
            local.get $16
            local.get $0
            i32.const 3
            i32.shl
            i32.add
            v128.load64_splat
            local.tee $14
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $11
            local.get $12
            local.get $23
            v128.load offset=16
            local.tee $12
            local.get $24
            v128.load offset=16
            local.get $12
            f64x2.sub
            local.get $14
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $12
            local.get $13
            local.get $23
            v128.load offset=32
            local.tee $13
            local.get $24
            v128.load offset=32
            local.get $13
            f64x2.sub
            local.get $14
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set $13
            local.get $0
            i32.const 1
            i32.add
            local.set $0
            br $for-loop|12
           end
          end
          local.get $2
          local.get $21
          i32.add
          local.tee $0
          local.get $11
          local.get $28
          f64x2.mul
          local.get $11
          local.get $22
          select
          v128.store
          local.get $0
          local.get $12
          local.get $28
          f64x2.mul
          local.get $12
          local.get $22
          select
          v128.store offset=16
          local.get $0
          local.get $13
          local.get $28
          f64x2.mul
          local.get $13
          local.get $22
          select
          v128.store offset=32
         end
        end
       end
      end
      local.get $5
      local.get $17
      i32.const 10
      i32.mul
      i32.const 14
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $2
      local.get $17
      i32.const 1
      i32.add
      local.set $17
      br $for-loop|1
     end
    end
    local.get $2
    local.set $0
    local.get $8
    local.get $6
    local.get $18
    i32.mul
    i32.const 3
    i32.shl
    i32.add
    local.set $1
    i32.const 0
    local.set $2
    loop $for-loop|13
     local.get $2
     local.get $18
     i32.lt_u
     if
      local.get $1
      local.get $2
      i32.const 3
      i32.shl
      local.tee $3
      i32.add
      local.get $0
      local.get $3
      i32.add
      f64.load
      f64.store
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|13
     end
    end
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
 )
 (func $assembly/index/forwardRangeF32 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 f32)
  (local $10 f32)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 f32)
  local.get $1
  local.set $6
  local.get $2
  local.set $7
  local.get $4
  local.set $8
  local.get $0
  local.tee $5
  i32.load offset=8
  local.set $18
  local.get $0
  i32.load offset=12
  local.set $17
  loop $for-loop|0
   local.get $3
   local.get $8
   i32.lt_s
   if
    local.get $6
    local.get $3
    local.get $18
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $1
    local.get $5
    i32.load
    local.set $19
    i32.const 0
    local.set $4
    loop $for-loop|1
     local.get $4
     local.get $19
     i32.lt_s
     if
      local.get $5
      local.get $4
      i32.const 10
      i32.mul
      local.tee $0
      i32.const 11
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $22
      local.get $5
      local.get $0
      i32.const 10
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $23
      local.get $5
      local.get $0
      i32.const 6
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $24
      i32.const 3
      i32.add
      i32.const -4
      i32.and
      i32.const 2
      i32.shl
      local.set $25
      local.get $5
      local.get $0
      i32.const 9
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $26
      local.get $5
      local.get $0
      i32.const 8
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      i32.const 2
      i32.shl
      local.tee $20
      i32.mul
      local.set $21
      local.get $24
      i32.const -4
      i32.and
      local.set $2
      local.get $5
      local.get $0
      i32.const 12
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $15
      local.get $5
      local.get $0
      i32.const 13
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $16
      local.get $26
      i32.const 1
      i32.sub
      f32.convert_i32_s
      f32x4.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $13
      local.get $26
      i32.const 2
      i32.sub
      f32.convert_i32_s
      f32x4.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $14
      local.get $20
      i32x4.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $27
      local.get $21
      i32.const 2
      i32.shl
      i32x4.splat
      global.set $assembly/pl/invariant
      global.get $assembly/pl/invariant
      local.set $28
      local.get $23
      i32x4.splat
      v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
      local.get $21
      i32x4.splat
      i32x4.mul
      i32x4.add
      local.set $11
      i32.const 0
      local.set $0
      loop $for-loop|2
       local.get $0
       local.get $2
       i32.lt_s
       if
        local.get $22
        local.get $0
        i32.const 2
        i32.shl
        local.tee $29
        i32.add
        local.set $30
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $1
        local.get $29
        i32.add
        v128.load
        local.get $30
        v128.load
        f32x4.sub
        local.get $30
        local.get $25
        i32.const 3
        i32.mul
        i32.add
        v128.load
        f32x4.mul
        f32x4.pmax
        local.get $13
        f32x4.pmin
        local.tee $31
        f32x4.floor
        local.get $14
        f32x4.pmin
        local.set $12
        local.get $16
        local.get $29
        i32.add
        local.get $31
        local.get $12
        f32x4.sub
        v128.store
        local.get $11
        local.get $12
        v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
        f32x4.add
        v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
        i32x4.sub
        local.get $27
        i32x4.mul
        i32x4.add
        local.set $12
        local.get $11
        local.get $28
        i32x4.add
        local.set $11
        local.get $15
        local.get $29
        i32.add
        local.get $12
        v128.store
        local.get $0
        i32.const 4
        i32.add
        local.set $0
        br $for-loop|2
       end
      end
      loop $for-loop|6
       local.get $2
       local.get $24
       i32.lt_s
       if
        local.get $2
        i32.const 2
        i32.shl
        local.tee $0
        local.get $16
        i32.add
        local.get $0
        local.get $1
        i32.add
        f32.load
        local.get $0
        local.get $22
        i32.add
        local.tee $0
        f32.load
        f32.sub
        local.get $0
        local.get $25
        i32.const 3
        i32.mul
        i32.add
        f32.load
        f32.mul
        local.tee $10
        f32.const 0
        f32.lt
        if
         f32.const 0
         local.set $10
        end
        local.get $10
        local.get $26
        i32.const 1
        i32.sub
        f32.convert_i32_s
        local.tee $9
        f32.gt
        i32.eqz
        if
         local.get $10
         local.set $9
        end
        local.get $9
        i32.trunc_sat_f32_s
        local.tee $30
        local.get $26
        i32.const 2
        i32.sub
        local.tee $0
        i32.le_s
        if
         local.get $30
         local.set $0
        end
        local.get $15
        local.get $2
        i32.const 2
        i32.shl
        i32.add
        local.get $23
        local.get $2
        local.get $21
        i32.mul
        i32.add
        local.get $0
        local.get $20
        i32.mul
        i32.add
        i32.store
        local.get $9
        local.get $0
        f32.convert_i32_s
        f32.sub
        f32.store
        local.get $2
        i32.const 1
        i32.add
        local.set $2
        br $for-loop|6
       end
      end
      local.get $5
      local.get $4
      i32.const 10
      i32.mul
      local.tee $0
      i32.const 8
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      i32.const 2
      i32.shl
      local.set $1
      local.get $5
      local.get $0
      i32.const 14
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $20
      local.get $5
      i32.load offset=4
      i32.const 0
      i32.ne
      local.set $21
      local.get $4
      local.set $2
      f32.const 1
      local.get $5
      local.get $0
      i32.const 6
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $22
      f32.convert_i32_s
      f32.div
      f32x4.splat
      local.set $27
      i32.const 0
      local.set $4
      loop $for-loop|7
       local.get $4
       i32.const -64
       i32.sub
       local.get $1
       i32.le_u
       if
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $13
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $14
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $11
        i32.const 0
        local.set $0
        loop $for-loop|8
         local.get $0
         local.get $22
         i32.lt_s
         if
          local.get $0
          i32.const 2
          i32.shl
          local.tee $23
          local.get $15
          i32.add
          i32.load
          local.get $4
          i32.add
          local.tee $24
          local.get $1
          i32.add
          local.set $25
          local.get $12
          local.get $24
          v128.load
          local.tee $12
          local.get $25
          v128.load
          local.get $12
          f32x4.sub
          local.get $16
          local.get $23
          i32.add
          v128.load32_splat
          local.tee $28
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $12
          local.get $13
          local.get $24
          v128.load offset=16
          local.tee $13
          local.get $25
          v128.load offset=16
          local.get $13
          f32x4.sub
          local.get $28
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $13
          local.get $14
          local.get $24
          v128.load offset=32
          local.tee $14
          local.get $25
          v128.load offset=32
          local.get $14
          f32x4.sub
          local.get $28
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $14
          local.get $11
          local.get $24
          v128.load offset=48
          local.tee $11
          local.get $25
          v128.load offset=48
          local.get $11
          f32x4.sub
          local.get $28
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $11
          local.get $0
          i32.const 1
          i32.add
          local.set $0
          br $for-loop|8
         end
        end
        local.get $4
        local.get $20
        i32.add
        local.tee $0
        local.get $12
        local.get $27
        f32x4.mul
        local.get $12
        local.get $21
        select
        v128.store
        local.get $0
        local.get $13
        local.get $27
        f32x4.mul
        local.get $13
        local.get $21
        select
        v128.store offset=16
        local.get $0
        local.get $14
        local.get $27
        f32x4.mul
        local.get $14
        local.get $21
        select
        v128.store offset=32
        local.get $0
        local.get $11
        local.get $27
        f32x4.mul
        local.get $11
        local.get $21
        select
        v128.store offset=48
        local.get $4
        i32.const -64
        i32.sub
        local.set $4
        br $for-loop|7
       end
      end
      block $assembly/forward/accumulateLayer<f32>|inlined.4
       local.get $5
       local.get $2
       i32.const 10
       i32.mul
       i32.const 7
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.const 1
       i32.eq
       if
        local.get $22
        i32.const -4
        i32.and
        local.set $0
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $11
        i32.const 0
        local.set $4
        loop $for-loop|9
         local.get $0
         local.get $4
         i32.gt_s
         if
          local.get $11
          local.get $4
          i32.const 2
          i32.shl
          local.tee $1
          local.get $15
          i32.add
          local.tee $23
          i32.load offset=4
          local.get $23
          i32.load
          v128.load64_zero
          v128.load64_lane 1
          local.tee $11
          local.get $23
          i32.load offset=12
          local.get $23
          i32.load offset=8
          v128.load64_zero
          v128.load64_lane 1
          local.tee $12
          i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
          local.tee $13
          local.get $11
          local.get $12
          i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
          local.get $13
          f32x4.sub
          local.get $1
          local.get $16
          i32.add
          v128.load
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $11
          local.get $4
          i32.const 4
          i32.add
          local.set $4
          br $for-loop|9
         end
        end
        local.get $11
        f32x4.extract_lane 0
        local.set $9
        local.get $11
        f32x4.extract_lane 1
        local.set $10
        local.get $11
        f32x4.extract_lane 2
        local.set $32
        local.get $4
        local.get $22
        i32.lt_s
        if (result f32)
         local.get $9
         local.get $4
         i32.const 2
         i32.shl
         local.tee $0
         local.get $15
         i32.add
         i32.load
         local.tee $1
         f32.load
         local.tee $9
         local.get $1
         f32.load offset=4
         local.get $9
         f32.sub
         local.get $0
         local.get $16
         i32.add
         f32.load
         f32.mul
         f32.add
         f32.add
        else
         local.get $9
        end
        local.get $4
        i32.const 1
        i32.add
        local.tee $0
        local.get $22
        i32.lt_s
        if (result f32)
         local.get $10
         local.get $0
         i32.const 2
         i32.shl
         local.tee $0
         local.get $15
         i32.add
         i32.load
         local.tee $1
         f32.load
         local.tee $9
         local.get $1
         f32.load offset=4
         local.get $9
         f32.sub
         local.get $0
         local.get $16
         i32.add
         f32.load
         f32.mul
         f32.add
         f32.add
        else
         local.get $10
        end
        f32.add
        local.get $4
        i32.const 2
        i32.add
        local.tee $0
        local.get $22
        i32.lt_s
        if (result f32)
         local.get $32
         local.get $0
         i32.const 2
         i32.shl
         local.tee $0
         local.get $15
         i32.add
         i32.load
         local.tee $1
         f32.load
         local.tee $9
         local.get $1
         f32.load offset=4
         local.get $9
         f32.sub
         local.get $0
         local.get $16
         i32.add
         f32.load
         f32.mul
         f32.add
         f32.add
        else
         local.get $32
        end
        local.get $11
        f32x4.extract_lane 3
        f32.add
        f32.add
        local.set $9
        local.get $20
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $21
        if (result f32)
         local.get $9
         f32.const 1
         local.get $22
         f32.convert_i32_s
         f32.div
         f32.mul
        else
         local.get $9
        end
        f32x4.replace_lane 0
        v128.store
        br $assembly/forward/accumulateLayer<f32>|inlined.4
       end
       local.get $1
       local.get $4
       i32.sub
       i32.const 4
       i32.shr_u
       local.tee $0
       i32.const 1
       i32.eq
       if
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        i32.const 0
        local.set $0
        loop $for-loop|10
         local.get $0
         local.get $22
         i32.lt_s
         if
          local.get $12
          local.get $0
          i32.const 2
          i32.shl
          local.tee $23
          local.get $15
          i32.add
          i32.load
          local.get $4
          i32.add
          local.tee $24
          v128.load
          local.tee $11
          local.get $1
          local.get $24
          i32.add
          v128.load
          local.get $11
          f32x4.sub
          local.get $16
          local.get $23
          i32.add
          v128.load32_splat
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $12
          local.get $0
          i32.const 1
          i32.add
          local.set $0
          br $for-loop|10
         end
        end
        local.get $4
        local.get $20
        i32.add
        local.get $12
        local.get $27
        f32x4.mul
        local.get $12
        local.get $21
        select
        v128.store
       else
        local.get $0
        i32.const 2
        i32.eq
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $11
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $13
         i32.const 0
         local.set $0
         loop $for-loop|11
          local.get $0
          local.get $22
          i32.lt_s
          if
           local.get $0
           i32.const 2
           i32.shl
           local.tee $23
           local.get $15
           i32.add
           i32.load
           local.get $4
           i32.add
           local.tee $24
           local.get $1
           i32.add
           local.set $25
           local.get $11
           local.get $24
           v128.load
           local.tee $11
           local.get $25
           v128.load
           local.get $11
           f32x4.sub
           local.get $16
           local.get $23
           i32.add
           v128.load32_splat
           local.tee $12
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $11
           local.get $13
           local.get $24
           v128.load offset=16
           local.tee $13
           local.get $25
           v128.load offset=16
           local.get $13
           f32x4.sub
           local.get $12
           f32x4.mul
           f32x4.add
           f32x4.add
           local.set $13
           local.get $0
           i32.const 1
           i32.add
           local.set $0
           br $for-loop|11
          end
         end
         local.get $4
         local.get $20
         i32.add
         local.tee $0
         local.get $11
         local.get $27
         f32x4.mul
         local.get $11
         local.get $21
         select
         v128.store
         local.get $0
         local.get $13
         local.get $27
         f32x4.mul
         local.get $13
         local.get $21
         select
         v128.store offset=16
        else
         local.get $0
         i32.const 3
         i32.eq
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $11
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $13
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $14
          i32.const 0
          local.set $0
          loop $for-loop|12
           local.get $0
           local.get $22
           i32.lt_s
           if
            local.get $0
            i32.const 2
            i32.shl
            local.tee $23
            local.get $15
            i32.add
            i32.load
            local.get $4
            i32.add
            local.tee $24
            local.get $1
            i32.add
            local.set $25
            local.get $11
            local.get $24
            v128.load
            local.tee $11
            local.get $25
            v128.load
            local.get $11
            f32x4.sub
            local.get $16
            local.get $23
            i32.add
            v128.load32_splat
            local.tee $12
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $11
            local.get $13
            local.get $24
            v128.load offset=16
            local.tee $13
            local.get $25
            v128.load offset=16
            local.get $13
            f32x4.sub
            local.get $12
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $13
            local.get $14
            local.get $24
            v128.load offset=32
            local.tee $14
            local.get $25
            v128.load offset=32
            local.get $14
            f32x4.sub
            local.get $12
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $14
            local.get $0
            i32.const 1
            i32.add
            local.set $0
            br $for-loop|12
           end
          end
          local.get $4
          local.get $20
          i32.add
          local.tee $0
          local.get $11
          local.get $27
          f32x4.mul
          local.get $11
          local.get $21
          select
          v128.store
          local.get $0
          local.get $13
          local.get $27
          f32x4.mul
          local.get $13
          local.get $21
          select
          v128.store offset=16
          local.get $0
          local.get $14
          local.get $27
          f32x4.mul
          local.get $14
          local.get $21
          select
          v128.store offset=32
         end
        end
       end
      end
      local.get $5
      local.get $2
      i32.const 10
      i32.mul
      i32.const 14
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $1
      local.get $2
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|1
     end
    end
    local.get $7
    local.get $3
    local.get $17
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $2
    i32.const 0
    local.set $0
    loop $for-loop|13
     local.get $0
     local.get $17
     i32.lt_u
     if
      local.get $2
      local.get $0
      i32.const 2
      i32.shl
      local.tee $4
      i32.add
      local.get $1
      local.get $4
      i32.add
      f32.load
      f32.store
      local.get $0
      i32.const 1
      i32.add
      local.set $0
      br $for-loop|13
     end
    end
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
 )
 (func $assembly/index/averageF64 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  local.get $3
  f64.convert_i32_s
  f64x2.splat
  local.set $8
  loop $for-loop|0
   local.get $4
   local.get $5
   i32.lt_u
   if
    local.get $1
    local.get $4
    i32.add
    v128.load
    local.set $7
    i32.const 1
    local.set $6
    loop $for-loop|1
     local.get $3
     local.get $6
     i32.gt_s
     if
      local.get $7
      local.get $1
      local.get $2
      local.get $6
      i32.mul
      i32.add
      local.get $4
      i32.add
      v128.load
      f64x2.add
      local.set $7
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|1
     end
    end
    local.get $0
    local.get $4
    i32.add
    local.get $7
    local.get $8
    f64x2.div
    v128.store
    local.get $4
    i32.const 16
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
 )
 (func $assembly/index/averageF32 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  local.get $3
  f32.convert_i32_s
  f32x4.splat
  local.set $8
  loop $for-loop|0
   local.get $4
   local.get $5
   i32.lt_u
   if
    local.get $1
    local.get $4
    i32.add
    v128.load
    local.set $7
    i32.const 1
    local.set $6
    loop $for-loop|1
     local.get $3
     local.get $6
     i32.gt_s
     if
      local.get $7
      local.get $1
      local.get $2
      local.get $6
      i32.mul
      i32.add
      local.get $4
      i32.add
      v128.load
      f32x4.add
      local.set $7
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|1
     end
    end
    local.get $0
    local.get $4
    i32.add
    local.get $7
    local.get $8
    f32x4.div
    v128.store
    local.get $4
    i32.const 16
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
 )
 (func $assembly/fixed/updateLayer (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i64)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i64)
  (local $17 i32)
  (local $18 i32)
  (local $19 i64)
  (local $20 i32)
  (local $21 i32)
  (local $22 i64)
  local.get $0
  local.get $1
  i32.const 4
  i32.shl
  local.tee $1
  i32.const 8
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $11
  local.get $0
  local.get $1
  i32.const 10
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $12
  local.get $0
  local.get $1
  i32.const 12
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $7
  local.get $0
  local.get $1
  i32.const 13
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $17
  local.get $0
  local.get $1
  i32.const 18
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $13
  local.get $0
  local.get $1
  i32.const 19
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $14
  local.get $0
  local.get $1
  i32.const 20
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $15
  local.get $0
  local.get $1
  i32.const 22
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $8
  local.get $0
  local.get $1
  i32.const 23
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $9
  local.get $0
  local.get $1
  i32.const 9
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.tee $6
  i32.const 2
  i32.shl
  local.set $10
  i32.const 0
  local.set $0
  loop $for-loop|0
   local.get $0
   local.get $6
   i32.lt_s
   if
    local.get $8
    local.get $0
    i32.const 3
    i32.shl
    i32.add
    local.tee $1
    local.get $1
    i64.load
    local.get $9
    local.get $0
    i32.const 2
    i32.shl
    i32.add
    i64.load32_s
    local.get $17
    i64.extend_i32_s
    i64.shr_s
    i64.add
    i64.const 64
    local.get $4
    i64.extend_i32_s
    i64.sub
    local.tee $5
    i64.shl
    local.get $5
    i64.shr_s
    i64.store
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|0
   end
  end
  i32.const 0
  local.set $0
  loop $for-loop|1
   local.get $0
   local.get $11
   i32.lt_s
   if
    local.get $15
    local.get $0
    i32.const 2
    i32.shl
    local.tee $1
    i32.add
    i64.load32_s
    local.set $16
    local.get $10
    local.get $13
    local.get $1
    local.get $14
    i32.add
    i32.load
    local.get $0
    local.get $12
    i32.mul
    i32.add
    local.get $10
    i32.mul
    i32.add
    local.tee $17
    i32.add
    local.set $20
    local.get $2
    if
     i64.const 0
     local.set $5
     i32.const 0
     local.set $1
     loop $for-loop|2
      local.get $1
      local.get $6
      i32.lt_s
      if
       local.get $5
       local.get $9
       local.get $1
       i32.const 2
       i32.shl
       local.tee $18
       i32.add
       i64.load32_s
       local.get $18
       local.get $20
       i32.add
       i64.load32_s
       local.get $17
       local.get $18
       i32.add
       i64.load32_s
       i64.sub
       i64.mul
       local.get $7
       i64.extend_i32_s
       i64.shr_s
       i64.add
       local.set $5
       local.get $1
       i32.const 1
       i32.add
       local.set $1
       br $for-loop|2
      end
     end
     local.get $2
     local.get $0
     i32.const 2
     i32.shl
     i32.add
     local.get $5
     i64.const 64
     local.get $4
     i64.extend_i32_s
     i64.sub
     local.tee $5
     i64.shl
     local.get $5
     i64.shr_s
     i64.store32
    end
    i32.const 0
    local.set $1
    loop $for-loop|3
     local.get $1
     local.get $6
     i32.lt_s
     if
      local.get $1
      i32.const 2
      i32.shl
      local.tee $18
      local.get $20
      i32.add
      local.tee $21
      local.get $16
      local.get $8
      local.get $1
      i32.const 3
      i32.shl
      i32.add
      i64.load
      local.tee $5
      i64.mul
      local.get $7
      i64.extend_i32_s
      i64.shr_s
      local.tee $22
      local.get $21
      i64.load32_s
      i64.add
      i64.const 64
      local.get $3
      i64.extend_i32_s
      i64.sub
      local.tee $19
      i64.shl
      local.get $19
      i64.shr_s
      i64.store32
      local.get $17
      local.get $18
      i32.add
      local.tee $18
      local.get $18
      i64.load32_s
      local.get $5
      i64.add
      local.get $22
      i64.sub
      local.get $19
      i64.shl
      local.get $19
      i64.shr_s
      i64.store32
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|3
     end
    end
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|1
   end
  end
 )
 (func $assembly/fixed/nkRangeFixed (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i64)
  local.get $0
  i32.load offset=4
  local.set $11
  local.get $0
  i32.load offset=8
  local.set $7
  local.get $0
  i32.load offset=16
  local.set $12
  local.get $0
  i32.load offset=20
  local.set $8
  local.get $0
  local.get $0
  i32.load
  local.tee $13
  i32.const 4
  i32.shl
  local.tee $6
  i32.const 5
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $14
  local.get $0
  local.get $6
  i32.const 7
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $15
  loop $for-loop|0
   local.get $4
   local.get $5
   i32.lt_s
   if
    local.get $0
    local.get $1
    local.get $4
    local.get $11
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    call $assembly/fixed/forwardRecord
    local.get $2
    local.get $4
    local.get $7
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $16
    i32.const 0
    local.set $6
    loop $for-loop|1
     local.get $6
     local.get $7
     i32.lt_u
     if
      local.get $14
      local.get $6
      i32.const 2
      i32.shl
      local.tee $9
      i32.add
      i32.load
      local.set $10
      local.get $9
      local.get $15
      i32.add
      local.get $9
      local.get $16
      i32.add
      i64.load32_s
      local.get $10
      i64.extend_i32_s
      i64.sub
      i64.const 64
      local.get $8
      i64.extend_i32_s
      i64.sub
      local.tee $17
      i64.shl
      local.get $17
      i64.shr_s
      i64.store32
      local.get $3
      if
       local.get $3
       local.get $4
       local.get $7
       i32.mul
       local.get $6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       local.get $10
       i32.store
      end
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|1
     end
    end
    local.get $13
    i32.const 1
    i32.sub
    local.set $6
    loop $for-loop|2
     local.get $6
     i32.const 0
     i32.ge_s
     if
      local.get $0
      local.get $6
      local.get $6
      i32.const 0
      i32.gt_s
      if (result i32)
       local.get $0
       local.get $6
       i32.const 4
       i32.shl
       i32.const 7
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
      else
       i32.const 0
      end
      local.get $12
      local.get $8
      call $assembly/fixed/updateLayer
      local.get $6
      i32.const 1
      i32.sub
      local.set $6
      br $for-loop|2
     end
    end
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
 )
 (func $assembly/fixed/forwardRangeFixed (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  local.get $0
  i32.load offset=4
  local.set $6
  local.get $0
  i32.load offset=8
  local.set $5
  local.get $0
  local.get $0
  i32.load
  i32.const 4
  i32.shl
  i32.const 5
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $7
  loop $for-loop|0
   local.get $3
   local.get $4
   i32.lt_s
   if
    local.get $0
    local.get $1
    local.get $3
    local.get $6
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    call $assembly/fixed/forwardRecord
    local.get $2
    local.get $3
    local.get $5
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.get $7
    local.get $5
    i32.const 2
    i32.shl
    memory.copy
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
 )
)
