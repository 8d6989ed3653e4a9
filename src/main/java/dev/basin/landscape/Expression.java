package dev.basin.landscape;

import java.util.Locale;

/**
 * A parsed function of one variable x: the tree {@link ExpressionParser} builds. {@link #at(Jet)} evaluates
 * it on a {@link Jet}, which gives f(x), f'(x) and f''(x) exactly (automatic differentiation); the
 * {@code toString} of a tree is the expression fully parenthesized, to show how it was read.
 */
public sealed interface Expression {

    /**
     * The expression and its first two derivatives at {@code x}.
     *
     * @param x the point
     * @return f(x), f'(x), f''(x); NaN or infinite where f is not defined (log of a negative number, ...)
     */
    default Jet at(double x) {
        return at(Jet.variable(x));
    }

    /** The expression evaluated on a jet (the variable, or any jet, for composition). */
    Jet at(Jet x);

    /** f(x) alone. */
    default double value(double x) {
        return at(x).value();
    }

    /** Whether x occurs in the expression at all (a constant has no landscape to descend). */
    default boolean dependsOnX() {
        return switch (this) {
            case Constant c -> false;
            case Variable v -> true;
            case Negation n -> n.operand().dependsOnX();
            case Binary b -> b.left().dependsOnX() || b.right().dependsOnX();
            case Call c -> c.argument().dependsOnX();
        };
    }

    /** A number. */
    record Constant(double value) implements Expression {
        @Override
        public Jet at(Jet x) {
            return Jet.constant(value);
        }

        @Override
        public String toString() {
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? String.format(Locale.ROOT, "%d", (long) value) : Double.toString(value);
        }
    }

    /** The variable x. */
    record Variable() implements Expression {
        @Override
        public Jet at(Jet x) {
            return x;
        }

        @Override
        public String toString() {
            return "x";
        }
    }

    /** −operand. */
    record Negation(Expression operand) implements Expression {
        @Override
        public Jet at(Jet x) {
            return operand.at(x).negate();
        }

        @Override
        public String toString() {
            return "(-" + operand + ")";
        }
    }

    /** left op right, for the four arithmetic operators and the power. */
    record Binary(Operator operator, Expression left, Expression right) implements Expression {
        @Override
        public Jet at(Jet x) {
            Jet l = left.at(x);
            Jet r = right.at(x);
            return switch (operator) {
                case PLUS -> l.plus(r);
                case MINUS -> l.minus(r);
                case TIMES -> l.times(r);
                case DIVIDE -> l.dividedBy(r);
                case POWER -> l.pow(r);
            };
        }

        @Override
        public String toString() {
            return "(" + left + " " + operator.symbol + " " + right + ")";
        }
    }

    /** A named function applied to its argument: sin, cos, tan, exp, log, sqrt, abs. */
    record Call(MathFunction function, Expression argument) implements Expression {
        @Override
        public Jet at(Jet x) {
            Jet a = argument.at(x);
            return switch (function) {
                case SIN -> a.sin();
                case COS -> a.cos();
                case TAN -> a.tan();
                case EXP -> a.exp();
                case LOG -> a.log();
                case SQRT -> a.sqrt();
                case ABS -> a.abs();
            };
        }

        @Override
        public String toString() {
            return function.name().toLowerCase(Locale.ROOT) + "(" + argument + ")";
        }
    }

    /** The binary operators, with the symbol they are written with. */
    enum Operator {
        PLUS('+'), MINUS('-'), TIMES('*'), DIVIDE('/'), POWER('^');

        final char symbol;

        Operator(char symbol) {
            this.symbol = symbol;
        }
    }

    /** The functions an expression may call; log is the natural logarithm. */
    enum MathFunction {
        SIN, COS, TAN, EXP, LOG, SQRT, ABS
    }
}
