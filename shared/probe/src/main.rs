//! `probe bench [iterations]` prints the validation figures; `probe sweep [sets] [seed]` prints
//! the parity digests. The WebAssembly build exports the same two as `run_bench` and `run_sweep`.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let origin = std::time::Instant::now();
    let clock = move || origin.elapsed().as_secs_f64() * 1000.0;
    let number = |i: usize, default: u32| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    match args.get(1).map(String::as_str) {
        Some("sweep") => println!("{}", shared_probe::sweep(number(2, 10_000), u64::from(number(3, 2026)))),
        _ => println!("{}", shared_probe::bench(&clock, number(2, 20_000))),
    }
}
