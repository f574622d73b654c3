from sessional.cli import run

run()
