/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.stress.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Signal</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see nl.leefwereld.method.stress.model.StressPackage#getStressSignal()
 * @model
 * @generated
 */
public enum StressSignal implements Enumerator {
	/**
	 * The '<em><b>TIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIRED_VALUE
	 * @generated
	 * @ordered
	 */
	TIRED(0, "TIRED", "tired"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RESTLESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTLESS_VALUE
	 * @generated
	 * @ordered
	 */
	RESTLESS(1, "RESTLESS", "restless"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FORGETFUL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORGETFUL_VALUE
	 * @generated
	 * @ordered
	 */
	FORGETFUL(2, "FORGETFUL", "forgetful"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ANGRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANGRY_VALUE
	 * @generated
	 * @ordered
	 */
	ANGRY(3, "ANGRY", "angry"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>WITHDRAWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWN_VALUE
	 * @generated
	 * @ordered
	 */
	WITHDRAWN(4, "WITHDRAWN", "withdrawn"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TENSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENSE_VALUE
	 * @generated
	 * @ordered
	 */
	TENSE(5, "TENSE", "tense"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAD_VALUE
	 * @generated
	 * @ordered
	 */
	SAD(6, "SAD", "sad"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONFUSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFUSED_VALUE
	 * @generated
	 * @ordered
	 */
	CONFUSED(7, "CONFUSED", "confused"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OVERWHELMED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERWHELMED_VALUE
	 * @generated
	 * @ordered
	 */
	OVERWHELMED(8, "OVERWHELMED", "overwhelmed"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SLEEPLESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLEEPLESS_VALUE
	 * @generated
	 * @ordered
	 */
	SLEEPLESS(9, "SLEEPLESS", "sleepless"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIRED
	 * @model literal="tired"
	 * @generated
	 * @ordered
	 */
	public static final int TIRED_VALUE = 0;

	/**
	 * The '<em><b>RESTLESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTLESS
	 * @model literal="restless"
	 * @generated
	 * @ordered
	 */
	public static final int RESTLESS_VALUE = 1;

	/**
	 * The '<em><b>FORGETFUL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORGETFUL
	 * @model literal="forgetful"
	 * @generated
	 * @ordered
	 */
	public static final int FORGETFUL_VALUE = 2;

	/**
	 * The '<em><b>ANGRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANGRY
	 * @model literal="angry"
	 * @generated
	 * @ordered
	 */
	public static final int ANGRY_VALUE = 3;

	/**
	 * The '<em><b>WITHDRAWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWN
	 * @model literal="withdrawn"
	 * @generated
	 * @ordered
	 */
	public static final int WITHDRAWN_VALUE = 4;

	/**
	 * The '<em><b>TENSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENSE
	 * @model literal="tense"
	 * @generated
	 * @ordered
	 */
	public static final int TENSE_VALUE = 5;

	/**
	 * The '<em><b>SAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAD
	 * @model literal="sad"
	 * @generated
	 * @ordered
	 */
	public static final int SAD_VALUE = 6;

	/**
	 * The '<em><b>CONFUSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFUSED
	 * @model literal="confused"
	 * @generated
	 * @ordered
	 */
	public static final int CONFUSED_VALUE = 7;

	/**
	 * The '<em><b>OVERWHELMED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERWHELMED
	 * @model literal="overwhelmed"
	 * @generated
	 * @ordered
	 */
	public static final int OVERWHELMED_VALUE = 8;

	/**
	 * The '<em><b>SLEEPLESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLEEPLESS
	 * @model literal="sleepless"
	 * @generated
	 * @ordered
	 */
	public static final int SLEEPLESS_VALUE = 9;

	/**
	 * An array of all the '<em><b>Signal</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StressSignal[] VALUES_ARRAY =
		new StressSignal[] {
			TIRED,
			RESTLESS,
			FORGETFUL,
			ANGRY,
			WITHDRAWN,
			TENSE,
			SAD,
			CONFUSED,
			OVERWHELMED,
			SLEEPLESS,
		};

	/**
	 * A public read-only list of all the '<em><b>Signal</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StressSignal> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Signal</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StressSignal get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StressSignal result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Signal</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StressSignal getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StressSignal result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Signal</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StressSignal get(int value) {
		switch (value) {
			case TIRED_VALUE: return TIRED;
			case RESTLESS_VALUE: return RESTLESS;
			case FORGETFUL_VALUE: return FORGETFUL;
			case ANGRY_VALUE: return ANGRY;
			case WITHDRAWN_VALUE: return WITHDRAWN;
			case TENSE_VALUE: return TENSE;
			case SAD_VALUE: return SAD;
			case CONFUSED_VALUE: return CONFUSED;
			case OVERWHELMED_VALUE: return OVERWHELMED;
			case SLEEPLESS_VALUE: return SLEEPLESS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private StressSignal(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //StressSignal
