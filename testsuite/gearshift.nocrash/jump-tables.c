/* Dense switches that become jump tables, inside loops and around
   calls, and a loop whose only exit is a return from a switch.  */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-gearshift-dump" } */

extern int op (int, int);

int
interpret (const unsigned char *code, int len)
{
  int acc = 0, pc = 0;
  for (;;)
    {
      if (pc >= len)
	return acc;
      switch (code[pc++])
	{
	case 0: acc = 0; break;
	case 1: acc++; break;
	case 2: acc--; break;
	case 3: acc *= 2; break;
	case 4: acc = op (acc, code[pc++]); break;
	case 5: pc = code[pc]; break;
	case 6: if (acc) pc = code[pc]; else pc++; break;
	case 7: return acc;
	case 8: acc += op (pc, acc); continue;
	case 9: acc >>= 1; break;
	case 10: acc ^= 0xff; break;
	case 11: acc = -acc; break;
	default: return -1;
	}
    }
}

int
table_lookup (int k, int n)
{
  int r = 0;
  for (int i = 0; i < n; i++)
    {
      switch ((k + i) % 8)
	{
	case 0: r += 3; break;
	case 1: r += 1; break;
	case 2: r += 4; break;
	case 3: r += 1; break;
	case 4: r += 5; break;
	case 5: r += 9; break;
	case 6: r += 2; break;
	case 7: r += 6; break;
	}
    }
  return r;
}
