"""render: see DESIGN section 5; built by a later issue."""
