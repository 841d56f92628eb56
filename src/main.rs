use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = clearway::cli::Cli::parse();
    match clearway::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("clearway: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
