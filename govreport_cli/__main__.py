from govreport_cli.cli import main

main()
