/* A small interpreter: a switch inside a loop, with calls in some cases
   and fall-through, resumed at every point; registers and pc survive.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

enum opcode { PUSH, ADD, MUL, DUP, JNZ, DEC, SWAP, HALT, SQR };

static long __attribute__ ((noinline))
square_slow (long v)
{
  long r = v % 7 + 1;
  for (long i = 0; i < (v < 0 ? -v : v) % 64; i++)
    r += v;
  return r;
}

static long __attribute__ ((noinline))
run (const int *code)
{
  long stack[16];
  int sp = 0, pc = 0, steps = 0;
  for (;;)
    {
      steps++;
      switch (code[pc++])
	{
	case PUSH:
	  stack[sp++] = code[pc++];
	  break;
	case ADD:
	  sp--;
	  stack[sp - 1] += stack[sp];
	  break;
	case MUL:
	  sp--;
	  stack[sp - 1] = stack[sp - 1] * stack[sp] % 1000003;
	  break;
	case SQR:
	  stack[sp - 1] = square_slow (stack[sp - 1]);
	  /* Fall through.  */
	case DUP:
	  stack[sp] = stack[sp - 1];
	  sp++;
	  break;
	case SWAP:
	  {
	    long t = stack[sp - 1];
	    stack[sp - 1] = stack[sp - 2];
	    stack[sp - 2] = t;
	  }
	  break;
	case DEC:
	  stack[sp - 1]--;
	  break;
	case JNZ:
	  if (stack[--sp] != 0)
	    pc = code[pc];
	  else
	    pc++;
	  break;
	default:
	  return stack[sp - 1] * 1000 + steps;
	}
    }
}

int
main (void)
{
  /* acc = 1; n = 12; do { acc = sqr-ish (acc) * 3 + n; n--; } while (n);  */
  static const int code[] = {
    PUSH, 1, PUSH, 12,			/* acc n */
    SWAP, SQR, ADD, PUSH, 3, MUL,	/* 4: n acc' */
    SWAP, DEC, DUP, JNZ, 4,		/* acc' n-1 */
    SWAP, HALT
  };
  printf ("result = %ld\n", run (code));
  fflush (stdout);
  return 0;
}

/* { dg-output "^result = 641476112\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
