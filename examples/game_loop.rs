//! A game-loop host: the engine exposes typed functions and a module,
//! loads a script once, keeps a handle to its `update(dt)` and calls it
//! every frame with a per-frame fuel budget; a frame that runs away is
//! stopped (and reported) without taking the engine down. The script VM
//! is a `SendVm`: halfway through, the engine hands it (JIT traces and
//! all) to a worker thread, as engines move scripts between workers.
//! Prints the per-call overhead of calling a script function from Rust.
//!
//! `cargo run --release --example game_loop`

use std::sync::{Arc, Mutex};
use std::time::Instant;

use ouro::vm::BufferHost;
use ouro::{Handle, SendVm, VmConfig};

const SCRIPT: &str = r#"
import engine

player = {"x": 0.0, "speed": 120.0}

def update(dt):
    player["x"] = engine.clamp(player["x"] + player["speed"] * dt, 0.0, 500.0)
    moving_out = player["speed"] > 0
    if (moving_out and player["x"] >= 500.0) or (not moving_out and player["x"] <= 0.0):
        engine.log("bounced")
        player["speed"] = -player["speed"]
    return player["x"]

def broken_update(dt):
    while True:          # a bug: this frame never ends
        try:
            pass
        except BaseException:
            pass         # and it cannot swallow the stop

def noop():
    return 0
"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut vm =
        SendVm::try_new(VmConfig { heap_limit: 32 << 20, ..VmConfig::default() }, Box::new(BufferHost::default()))?;
    ouro::configure_send_jit(&mut vm, ouro::JitMode::default_mode(), ouro::jit::JitParams::default())?;

    // Host state the script's calls reach through a captured handle.
    let log: Arc<Mutex<Vec<String>>> = Arc::default();
    let sink = log.clone();
    vm.add_module("engine")
        .function("clamp", |x: f64, lo: f64, hi: f64| x.clamp(lo, hi))
        .function("log", move |msg: String| sink.lock().map(|mut l| l.push(msg)).is_ok());

    vm.exec(SCRIPT, "game.py")?;
    let update: Handle = vm.get_global("update")?;

    // 600 frames at 60 Hz, each with a fuel budget: 300 here, then 300 on
    // a worker thread the VM (and the handle) move to.
    let run_frames = |vm: &mut SendVm, update: &Handle, n: usize| -> Result<f64, ouro::ScriptError> {
        let mut x = 0.0;
        for _frame in 0..n {
            vm.set_fuel(Some(100_000));
            x = vm.call_handle::<f64>(update, (1.0 / 60.0,))?;
        }
        Ok(x)
    };
    run_frames(&mut vm, &update, 300)?;
    let worker = std::thread::spawn(move || {
        let x = run_frames(&mut vm, &update, 300);
        (vm, update, x)
    });
    let (mut vm, update, x) = worker.join().map_err(|_| "the worker panicked")?;
    let x = x?;
    println!("after 600 frames: x = {x:.1}, bounces = {}", log.lock().map(|l| l.len()).unwrap_or(0));

    // A runaway frame: the budget stops it, the engine goes on.
    vm.set_fuel(Some(100_000));
    match vm.call::<()>("broken_update", (0.016,)) {
        Err(e) if e.stop.is_some() => println!("frame stopped: {e}"),
        other => println!("unexpected: {other:?}"),
    }
    vm.set_fuel(None);
    let x: f64 = vm.call_handle(&update, (1.0 / 60.0,))?;
    println!("next frame runs: x = {x:.1}");

    // Per-call overhead: a handle call of a function that returns 0.
    let noop: Handle = vm.get_global("noop")?;
    let n = 200_000;
    let t = Instant::now();
    for _ in 0..n {
        let _: i64 = vm.call_handle(&noop, ())?;
    }
    println!("per call from the host: {:.0} ns", t.elapsed().as_nanos() as f64 / n as f64);
    Ok(())
}
