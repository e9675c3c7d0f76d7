/* Loops with switch, break, continue and gotos in and out of nested
   loops, including a loop entered in the middle (irreducible flow).  */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-gearshift-dump" } */

extern int next (int);
extern void emit (int);

int
state_machine (const unsigned char *s, int n)
{
  int state = 0, count = 0;
  for (int i = 0; i < n; i++)
    {
      switch (s[i])
	{
	case 'a': state = 1; break;
	case 'b': if (state == 1) { state = 2; continue; } break;
	case 'c': count += state; /* fall through */
	case 'd': state = next (state); break;
	case 0: goto done;
	default:
	  if (s[i] > 200)
	    break;
	  state = 0;
	}
      emit (state);
    }
 done:
  return count + state;
}

int
nested_breaks (int **m, int rows, int cols)
{
  int found = -1;
  for (int r = 0; r < rows; r++)
    {
      for (int c = 0; c < cols; c++)
	{
	  if (m[r][c] < 0)
	    continue;
	  if (m[r][c] == 42)
	    {
	      found = r * cols + c;
	      goto out;
	    }
	  if (m[r][c] > 1000)
	    break;
	  emit (m[r][c]);
	}
      if (r > 1000)
	break;
    }
 out:
  return found;
}

int
irreducible (int n, int start_in_middle)
{
  int i = 0, acc = 0;
  if (start_in_middle)
    goto middle;
 top:
  acc += next (i);
 middle:
  i++;
  if (acc & 1)
    goto top;
  if (i < n)
    goto top;
  return acc;
}

int
do_while_calls (int n)
{
  int k = 0;
  do
    {
      while (next (k) > n)
	k++;
      k += 2;
    }
  while (k < n && next (k));
  return k;
}

int
infinite_with_exit (void)
{
  for (;;)
    {
      int v = next (0);
      if (v == 7)
	return v;
      if (v == 8)
	break;
    }
  return -1;
}

int
big_switch (int op, int a, int b)
{
  for (int i = 0; i < a; i++)
    switch (op + i)
      {
      case 0: b += 1; break;
      case 1: b -= 3; break;
      case 2: b *= 5; break;
      case 3: b ^= 7; break;
      case 4: b = next (b); break;
      case 5: b <<= 1; break;
      case 6: b >>= 1; break;
      case 7: b |= 9; break;
      case 8: b &= 0x55; break;
      case 9: b = -b; break;
      case 10: b = ~b; break;
      case 11: b += a; break;
      default: return b;
      }
  return b;
}
