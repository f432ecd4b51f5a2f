"""The safe YAML reader of question files: the C parser's events turned into plain data in one
loop without recursion (``reader``), the YAML 1.2 core schema that types plain scalars and refuses
every other tag (``core_schema``), and the located problem both raise (``problem``)."""
